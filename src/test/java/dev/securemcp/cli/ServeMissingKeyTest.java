package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** Outside dev mode a missing public key stops `serve` with exit code 6 and one sentence. */
@QuarkusMainTest
@TestProfile(ServeMissingKeyTest.MissingKey.class)
class ServeMissingKeyTest {

    public static class MissingKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "no-such-dir/public.pem");
        }
    }

    @Test
    @Launch(value = "serve", exitCode = 6)
    void serveStopsNamingTheFileAndTheFix(LaunchResult result) {
        String error = result.getErrorOutput();
        assertTrue(error.contains("no-such-dir/public.pem"), error);
        assertTrue(error.contains("keys generate"), error);
        assertEquals(1, error.strip().lines().count(), error);
    }
}
