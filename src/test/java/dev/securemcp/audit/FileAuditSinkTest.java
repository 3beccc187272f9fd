package dev.securemcp.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FileAuditSinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AuditEvent event(String outcome) {
        return new AuditEvent(Instant.now(), AuditEvent.Type.TOOL_CALL, "req1", "alice", "client", "1.0",
                "tools/call", "greet", outcome, 1500L, null);
    }

    @Test
    void anEventIsInTheFileWhenItsStageCompletes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("logs/audit.jsonl");
        try (FileAuditSink sink = new FileAuditSink(file, 1 << 20, 3)) {
            sink.append(event("allowed")).toCompletableFuture().get(5, TimeUnit.SECONDS);
            List<String> lines = Files.readAllLines(file);
            assertEquals(1, lines.size());
            JsonNode line = JSON.readTree(lines.get(0));
            assertEquals("tool_call", line.get("type").asText());
            assertEquals("allowed", line.get("outcome").asText());
            assertEquals("client", line.get("client_name").asText());
        }
    }

    @Test
    void manyQueuedEventsAreAllWrittenInOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (FileAuditSink sink = new FileAuditSink(file, 1 << 20, 3)) {
            List<CompletableFuture<Void>> written = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                written.add(sink.append(event("n" + i)).toCompletableFuture());
            }
            CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            List<String> lines = Files.readAllLines(file);
            assertEquals(500, lines.size());
            for (int i = 0; i < 500; i++) {
                assertEquals("n" + i, JSON.readTree(lines.get(i)).get("outcome").asText());
            }
        }
    }

    @Test
    void aBatchLargerThanTheKeptBufferIsWrittenWholeAndSoIsTheNextOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        List<AuditEvent> large = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            large.add(event("large-" + i + "-" + "x".repeat(200)));
        }
        try (FileAuditSink sink = new FileAuditSink(file, 1 << 24, 3)) {
            sink.appendAll(large).toCompletableFuture().get(10, TimeUnit.SECONDS);
            sink.append(event("after")).toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2001, lines.size());
        assertEquals(large.get(1999).outcome(), JSON.readTree(lines.get(1999)).get("outcome").asText());
        assertEquals("after", JSON.readTree(lines.get(2000)).get("outcome").asText());
    }

    @Test
    void theFileIsRotatedPastItsSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        try (FileAuditSink sink = new FileAuditSink(file, 400, 2)) {
            for (int i = 0; i < 10; i++) {
                sink.append(event("n" + i)).toCompletableFuture().get(5, TimeUnit.SECONDS);
            }
        }
        assertTrue(Files.exists(dir.resolve("audit.jsonl.1")));
        assertTrue(Files.exists(dir.resolve("audit.jsonl.2")));
        assertFalse(Files.exists(dir.resolve("audit.jsonl.3")));
        assertTrue(Files.size(file) <= 400);
    }

    @Test
    void recentReturnsTheNewestFirst(@TempDir Path dir) throws Exception {
        try (FileAuditSink sink = new FileAuditSink(dir.resolve("audit.jsonl"), 1 << 20, 3)) {
            sink.append(event("first"));
            sink.append(event("second")).toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertEquals(List.of("second"), sink.recent(1).stream().map(AuditEvent::outcome).toList());
        }
    }

    @Test
    void closingWritesWhatIsQueued(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.jsonl");
        FileAuditSink sink = new FileAuditSink(file, 1 << 20, 3);
        for (int i = 0; i < 100; i++) {
            sink.append(event("n" + i));
        }
        sink.close();
        assertEquals(100, Files.readAllLines(file).size());
    }
}
