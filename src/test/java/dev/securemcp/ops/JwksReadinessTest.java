package dev.securemcp.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.JwksServer;
import dev.securemcp.testing.ShortJwksCacheProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Readiness with a JWKS URL reads what the server last fetched: probes do not fetch the JWKS, and it
 * is DOWN while no key can be obtained (the issuer down past the cache time), UP again after.
 */
@QuarkusTest
@TestProfile(ShortJwksCacheProfile.class)
class JwksReadinessTest {
    private static final String CHECK = "checks.find { it.name == 'token-verification-key' }";
    /** Far above cache time plus retention plus one look (about 5 s), for a loaded machine. */
    private static final long PATIENCE_MS = 30_000;

    @Inject
    io.quarkus.vertx.http.HttpServer server;

    @BeforeEach
    void aKeyIsPublished() {
        JwksServer.publish(JwksServer.rsa(), UUID.randomUUID().toString(), null);
    }

    @AfterEach
    void theIssuerAnswers() {
        JwksServer.failing(false);
    }

    private Response ready() {
        return given().get("http://localhost:" + server.getManagementPort() + "/q/health/ready");
    }

    private Response readyOnceItIs(int status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        Response answer = ready();
        while (answer.statusCode() != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            answer = ready();
        }
        return answer;
    }

    @Test
    void probesReadTheKeysTheServerHoldsWithoutFetchingTheJwks() throws Exception {
        readyOnceItIs(200).then().statusCode(200).body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.keys", greaterThanOrEqualTo(1));
        int before = JwksServer.fetches();
        long started = System.currentTimeMillis();
        for (int i = 0; i < 40; i++) {
            ready().then().statusCode(200);
        }
        long elapsed = System.currentTimeMillis() - started;
        int fetched = JwksServer.fetches() - before;
        // The server's own refresh fetches once per cache time (plus one straddling the start); a probe
        // that fetched would add forty.
        assertTrue(fetched <= 2 + elapsed / ShortJwksCacheProfile.CACHE_MS,
                "40 probes in " + elapsed + " ms came with " + fetched + " JWKS fetches");
    }

    @Test
    void readinessIsDownWhileNoKeyCanBeObtainedAndUpAgainOnceItCan() throws Exception {
        readyOnceItIs(200).then().statusCode(200);
        JwksServer.failing(true);
        readyOnceItIs(503).then().statusCode(503).body("status", equalTo("DOWN"))
                .body(CHECK + ".status", equalTo("DOWN"))
                .body(CHECK + ".data.problem", startsWith("The JWKS at "));
        JwksServer.failing(false);
        readyOnceItIs(200).then().statusCode(200).body(CHECK + ".status", equalTo("UP"));
    }
}
