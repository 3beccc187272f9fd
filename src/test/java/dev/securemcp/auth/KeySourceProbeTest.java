package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readiness probe of a key file, against real files. */
class KeySourceProbeTest {
    private final KeySourceProbe probe = new KeySourceProbe();

    @TempDir
    Path dir;

    private static String publicPem() throws Exception {
        try (InputStream in = KeySourceProbeTest.class.getClassLoader().getResourceAsStream("test-keys/public.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void aReadablePemFileIsUsable() throws Exception {
        Path file = Files.writeString(dir.resolve("public.pem"), publicPem());
        assertEquals(Optional.empty(), probe.problem(file.toString()));
    }

    @Test
    void aMissingFileIsNot() {
        assertTrue(probe.problem(dir.resolve("absent.pem").toString()).isPresent());
    }

    @Test
    void aFileWithoutAKeyIsNot() throws Exception {
        Path file = Files.writeString(dir.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n");
        assertTrue(probe.problem(file.toString()).isPresent());
    }
}
