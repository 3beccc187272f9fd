package dev.securemcp.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {

    private static String written(Path dir, boolean hash) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        Audit audit = new Audit(new FileAuditSink(file, 1 << 20, 2), hash);
        audit.record(AuditEvent.sessionStarted(new AuditEvent.Requester("r", "alice@example.org", null, null),
                10L, null)).await().atMost(Duration.ofSeconds(5));
        audit.close();
        return Files.readString(file);
    }

    @Test
    void theSubjectIsWrittenAsIsByDefault(@TempDir Path dir) throws Exception {
        assertEquals(true, written(dir, false).contains("\"subject\":\"alice@example.org\""));
    }

    @Test
    void hashSubjectsWritesAHashInstead(@TempDir Path dir) throws Exception {
        String line = written(dir, true);
        assertFalse(line.contains("alice@example.org"));
        assertEquals(true, line.contains("\"subject\":\"" + Audit.hash("alice@example.org") + "\""));
    }
}
