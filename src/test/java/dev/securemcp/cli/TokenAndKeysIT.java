package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** {@code token} and {@code keys generate}: no server needed. */
@QuarkusMainTest
class TokenAndKeysIT {

    @Test
    void tokenDecodePrintsHeaderAndClaims(QuarkusMainLauncher launcher) throws IOException {
        LaunchResult result = launcher.launch("token", "--decode", "--sub", "bob", "--roles", "admin", "--jti", "id-1");
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        JsonNode decoded = new ObjectMapper().readTree(result.getOutput());
        assertEquals("RS256", decoded.at("/header/alg").asText());
        assertEquals("bob", decoded.at("/claims/sub").asText());
        assertEquals("admin", decoded.at("/claims/groups/0").asText());
        assertEquals("id-1", decoded.at("/claims/jti").asText());
        assertEquals(3600, decoded.at("/claims/exp").asLong() - decoded.at("/claims/iat").asLong());
    }

    @Test
    void aMissingSigningKeyExits6AndNamesIt(QuarkusMainLauncher launcher) {
        String previous = System.setProperty("smallrye.jwt.sign.key.location", "no-such-dir/private.pem");
        try {
            LaunchResult result = launcher.launch("token");
            assertEquals(ExitCodes.KEY_FILE, result.exitCode());
            assertEquals("The signing key no-such-dir/private.pem is missing or unreadable: create a key pair with "
                    + "'java -jar target/quarkus-app/quarkus-run.jar keys generate' or set smallrye.jwt.sign.key.location.",
                    GreetCommandIT.firstLine(result));
            assertEquals("", result.getOutput());
        } finally {
            if (previous == null) {
                System.clearProperty("smallrye.jwt.sign.key.location");
            } else {
                System.setProperty("smallrye.jwt.sign.key.location", previous);
            }
        }
    }

    @Test
    void keysGenerateWritesAnOwnerOnlyPairAndNeverOverwritesWithoutForce(QuarkusMainLauncher launcher) throws IOException {
        Path dir = Files.createTempDirectory("keys-it").resolve("keys");
        LaunchResult first = launcher.launch("keys", "generate", "--dir", dir.toString());
        assertEquals(0, first.exitCode(), first.getErrorOutput());
        assertTrue(Files.readString(dir.resolve("private.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertTrue(Files.readString(dir.resolve("public.pem")).startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private.pem"))));
        String original = Files.readString(dir.resolve("private.pem"));

        LaunchResult second = launcher.launch("keys", "generate", "--dir", dir.toString());
        assertEquals(ExitCodes.USAGE, second.exitCode());
        assertEquals("The key file " + dir.resolve("private.pem") + " already exists: pass --force to overwrite the pair, "
                + "or choose another --dir.", GreetCommandIT.firstLine(second));
        assertEquals(original, Files.readString(dir.resolve("private.pem")));
    }
}
