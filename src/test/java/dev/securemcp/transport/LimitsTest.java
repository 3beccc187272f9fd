package dev.securemcp.transport;

import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * mcp.rate-limit.per-subject and mcp.auth.max-failures-per-address, switched on. Ordered: the
 * failure limit blocks this test's address for the rest of the minute, so it runs last.
 */
@QuarkusTest
@TestProfile(LimitsTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LimitsTest {
    private static final int PER_SECOND = 5;
    private static final int MAX_FAILURES = 3;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mcp.rate-limit.per-subject", Integer.toString(PER_SECOND),
                    "mcp.auth.max-failures-per-address", Integer.toString(MAX_FAILURES));
        }
    }

    private static McpTestClient clientOf(String subject) {
        McpTestClient client = new McpTestClient(TestTokens.with("sub", subject));
        client.initialize("2025-11-25");
        return client;
    }

    @Test
    @Order(1)
    void aSubjectOverItsRateGets429WithRetryAfter() throws Exception {
        McpTestClient client = clientOf("runaway@example.org");
        // A burst far over the rate, sent at once so that a slow machine cannot spread it thin; should a
        // very slow one still spread it over enough one-second windows, another burst follows.
        ExecutorService pool = Executors.newFixedThreadPool(PER_SECOND * 6);
        try {
            Response limited = null;
            for (int attempt = 0; attempt < 5 && limited == null; attempt++) {
                List<Future<Response>> burst = new ArrayList<>();
                for (int i = 0; i < PER_SECOND * 6; i++) {
                    burst.add(pool.submit(() -> client.call("ping", "{}")));
                }
                for (Future<Response> answer : burst) {
                    Response response = answer.get(60, TimeUnit.SECONDS);
                    if (response.statusCode() == 429) {
                        limited = response;
                    }
                }
            }
            assertNotNull(limited, "no request of five bursts was limited");
            limited.then().header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("error.message", notNullValue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(2)
    void anotherSubjectIsNotSlowedByTheRunaway() {
        McpTestClient runaway = clientOf("runaway2@example.org");
        for (int i = 0; i < PER_SECOND * 2; i++) {
            runaway.call("ping", "{}");
        }
        // A fresh subject in the same second still gets through.
        new McpTestClient(TestTokens.with("sub", "calm@example.org")).initialize("2025-11-25").then().statusCode(200);
    }

    @Test
    @Order(3)
    void anAddressPastItsFailedAuthenticationsGets429BeforeAnyTokenCheck() throws InterruptedException {
        awaitFreshMinute();
        McpTestClient bad = new McpTestClient(TestTokens.signedByOtherKey());
        for (int i = 0; i < MAX_FAILURES; i++) {
            bad.request().body("{}").post("/mcp").then().statusCode(401);
        }
        // Even a valid token from that address is refused now: no signature work is done.
        new McpTestClient(TestTokens.valid()).request().body("{}").post("/mcp").then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    /**
     * Failures are counted in fixed one-minute windows of the wall clock (this JVM's, the server's
     * too): starting late in one, the count could reset between the failures and the check. With at
     * least 15 s left, the four requests of the test land in one window.
     */
    private static void awaitFreshMinute() throws InterruptedException {
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 45_000) {
            Thread.sleep(60_000 - intoMinute + 100);
        }
    }
}
