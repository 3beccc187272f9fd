package dev.securemcp.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Readiness follows the key file: unusable key, not ready; key back, ready again. */
@QuarkusTest
@TestProfile(ReadinessTest.KeyInAFile.class)
class ReadinessTest {
    static final Path KEY = Path.of("target", "readiness-test", "public.pem");

    public static class KeyInAFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            restoreKey();
            return Map.of("mp.jwt.verify.publickey.location", KEY.toAbsolutePath().toString());
        }
    }

    static void restoreKey() {
        try (InputStream in = ReadinessTest.class.getClassLoader().getResourceAsStream("test-keys/public.pem")) {
            Files.createDirectories(KEY.getParent());
            Files.write(KEY, in.readAllBytes());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Inject
    io.quarkus.vertx.http.HttpServer server;

    @AfterEach
    void putTheKeyBack() {
        restoreKey();
    }

    private io.restassured.response.ValidatableResponse ready() {
        return given().get("http://localhost:" + server.getManagementPort() + "/q/health/ready").then();
    }

    @Test
    void readinessFailsWhileTheKeyFileIsUnusable() throws Exception {
        ready().statusCode(200).body("status", equalTo("UP"));
        Files.writeString(KEY, "not a key");
        ready().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'token-verification-key' }.status", equalTo("DOWN"));
        Files.delete(KEY);
        ready().statusCode(503);
        restoreKey();
        ready().statusCode(200).body("checks.name", hasItem("token-verification-key"));
    }
}
