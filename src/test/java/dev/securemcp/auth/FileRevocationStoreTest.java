package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRevocationStoreTest {

    @Test
    void aRevocationSurvivesARestart(@TempDir Path dir) {
        Path file = dir.resolve("data/revoked-jti.txt");
        new FileRevocationStore(file).revoke("abc-123");
        assertTrue(new FileRevocationStore(file).isRevoked("abc-123"));
    }

    @Test
    void anotherIdIsNotRevoked(@TempDir Path dir) {
        FileRevocationStore store = new FileRevocationStore(dir.resolve("r.txt"));
        store.revoke("abc-123");
        assertFalse(store.isRevoked("abc-124"));
    }

    @Test
    void aTokenWithoutJtiIsNeverRevoked(@TempDir Path dir) {
        assertFalse(new FileRevocationStore(dir.resolve("r.txt")).isRevoked(null));
    }
}
