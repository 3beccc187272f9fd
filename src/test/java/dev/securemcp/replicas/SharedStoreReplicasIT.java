package dev.securemcp.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.securemcp.testing.ServerProcess;
import dev.securemcp.testing.TestTokens;

/**
 * Two replicas of the packaged jar with {@code mcp.store=redis} on one real redis-server, behind
 * nginx round-robin without affinity. Run by {@code ./mvnw -B -Preplicas failsafe:integration-test
 * failsafe:verify} (in .ci/run); fails, never skips, when Redis or nginx cannot start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedStoreReplicasIT {
    static final int PER_SUBJECT = 4;
    static final int MAX_FAILURES = 5;
    static final String IMPORTED_JTI = "revoked-before-the-switch";
    static final String REVOKED_JTI = "revoked-" + UUID.randomUUID();

    private static ReplicaPair pair;
    private static RedisServer redis;
    private static Replica A;
    private static Replica B;
    private static NginxProxy nginx;
    private static String prefix;

    @BeforeAll
    static void start() throws Exception {
        pair = ReplicaPair.start("store", SharedStoreReplicasIT::workDirWithRevocationFile,
                "-Dmcp.rate-limit.per-subject=" + PER_SUBJECT,
                "-Dmcp.auth.max-failures-per-address=" + MAX_FAILURES,
                "-Dquarkus.http.proxy.proxy-address-forwarding=true",
                "-Dquarkus.http.proxy.allow-x-forwarded=true",
                "-Dquarkus.http.proxy.trusted-proxies=127.0.0.1");
        redis = pair.redis();
        A = pair.a();
        B = pair.b();
        nginx = pair.nginx();
        prefix = pair.prefix();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pair != null) {
            pair.close();
        }
    }

    /** Every replica's work dir holds the same revocation file, from its days with mcp.store=memory. */
    private static Path workDirWithRevocationFile() throws IOException {
        Path work = ServerProcess.workDirWithTestKeys();
        Files.createDirectories(work.resolve("data"));
        Files.writeString(work.resolve("data/revoked-jti.txt"), IMPORTED_JTI + "\n");
        return work;
    }

    private static String token(String subject, String jti) {
        Map<String, Object> claims = TestTokens.claims();
        claims.put("sub", subject);
        claims.put("jti", jti);
        return TestTokens.sign(claims);
    }

    private static String admin() {
        Map<String, Object> claims = TestTokens.claims();
        claims.put("sub", "admin@example.org");
        claims.put("scope", "admin");
        claims.put("scopes", List.of("admin"));
        return TestTokens.sign(claims);
    }

    @Test
    @Order(1)
    void theRevocationFileIsImportedOnceAndRefusedByBothReplicas() throws Exception {
        String revoked = token("imported@example.org", IMPORTED_JTI);
        for (Replica replica : List.of(A, B)) {
            HttpResponse<String> refused = McpCalls.greet(replica.mcp(), revoked);
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("revoked"), refused.body());
        }
        Pattern imported = Pattern.compile("Imported 1 revoked token ids from data/revoked-jti.txt into Redis");
        long importers = List.of(A, B).stream().filter(replica -> {
            try {
                return imported.matcher(replica.log()).find();
            } catch (java.io.IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).count();
        assertEquals(1, importers, "exactly one replica imports the file; the other finds it imported");
        assertTrue((A.log() + B.log()).contains("was already imported into Redis"));
        assertEquals("1", redis.cli("EXISTS", prefix + "revoked:" + IMPORTED_JTI));
    }

    @Test
    @Order(2)
    void aTokenRevokedThroughOneReplicaIsRefusedByTheOtherWithinOneSecond() throws Exception {
        String jti = REVOKED_JTI;
        String token = token("revoked@example.org", jti);
        HttpResponse<String> served = McpCalls.greet(B.mcp(), token);
        assertEquals(200, served.statusCode(), "B serves (and caches) the token first: " + served.body());

        HttpResponse<String> revoked = McpCalls.revoke(A.mcp(), admin(), jti);
        long revokedAt = System.nanoTime();
        assertTrue(revoked.body().contains("is revoked"), revoked.body());
        int status;
        long waitedMillis;
        do {
            status = McpCalls.greet(B.mcp(), token).statusCode();
            waitedMillis = (System.nanoTime() - revokedAt) / 1_000_000;
        } while (status != 401 && waitedMillis < 3000);
        assertEquals(401, status, "B still accepted the revoked token after " + waitedMillis + " ms");
        assertTrue(waitedMillis <= 1000, "B refused it only after " + waitedMillis + " ms");
    }

    @Test
    @Order(3)
    void thePerSubjectLimitHoldsAcrossReplicas() throws Exception {
        String token = token("burst@example.org", "burst-" + UUID.randomUUID());
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        // Alternating: each replica sees PER_SUBJECT requests, which alone it would let through.
        for (int i = 0; i < 2 * PER_SUBJECT; i++) {
            answers.add(McpCalls.greetAsync(i % 2 == 0 ? A.mcp() : B.mcp(), token));
        }
        long served = 0;
        long refused = 0;
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            if (response.statusCode() == 200) {
                served++;
            } else if (response.statusCode() == 429) {
                refused++;
                assertTrue(response.headers().firstValue("Retry-After").isPresent());
            }
        }
        assertEquals(PER_SUBJECT, served, "served in all");
        assertEquals(PER_SUBJECT, refused, "refused in all");
    }

    @Test
    @Order(4)
    void behindNginxTheClientAddressCountsAndOnlyTheTrustedProxyMayForwardIt() throws Exception {
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertEquals(401, McpCalls.badTokenFrom("127.0.0.5", nginx.port(), null));
        }
        // The failures went to both replicas in turn; the limit is the sum.
        assertEquals(429, statusSoon("127.0.0.5", nginx.port(), null, 429));
        assertEquals(429, statusSoon("127.0.0.5", nginx.port(), null, 429), "refused by the other replica too");
        // Another client of the same proxy is another address, whatever it claims to be.
        assertEquals(401, McpCalls.badTokenFrom("127.0.0.6", nginx.port(), null));
        assertEquals(401, McpCalls.badTokenFrom("127.0.0.6", nginx.port(), "127.0.0.5"));
        // Straight to a replica from an address that is not a trusted proxy: its X-Forwarded-For is ignored.
        assertEquals(401, McpCalls.badTokenFrom("127.0.0.7", A.port(), "127.0.0.5"));
    }

    /** The status, asked again for up to a second while it differs from {@code expected} (the announcement's trip). */
    private static int statusSoon(String from, int port, String forwardedFor, int expected) throws Exception {
        long deadline = System.nanoTime() + 1_000_000_000L;
        int status;
        do {
            status = McpCalls.badTokenFrom(from, port, forwardedFor);
        } while (status != expected && System.nanoTime() < deadline);
        return status;
    }

    @Test
    @Order(5)
    void withRedisDownEveryReplicaAnswers503AndIsNotReadyThenServesAgainWithoutRestartAndRevocationsSurvive() throws Exception {
        String token = token("outage@example.org", "outage-" + UUID.randomUUID());
        assertEquals(200, McpCalls.greet(A.mcp(), token).statusCode());
        redis.stop();
        for (Replica replica : List.of(A, B)) {
            HttpResponse<String> refused = waitFor(replica.mcp(), token, STALE, 5000);
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains(STALE), refused.body());
            assertEquals(503, McpCalls.get(replica.readiness()).statusCode());
        }
        redis.startOnSamePort();
        for (Replica replica : List.of(A, B)) {
            HttpResponse<String> served = waitFor(replica.mcp(), token, "Hello, Ada!", 15_000);
            assertEquals(200, served.statusCode(), served.body());
            assertEquals(200, McpCalls.get(replica.readiness()).statusCode());
        }
        // The new Redis started empty: the replicas put back the revocations they knew.
        assertEquals("1", redis.cli("EXISTS", prefix + "revoked:" + REVOKED_JTI));
        assertEquals(401, McpCalls.greet(A.mcp(), token("revoked@example.org", REVOKED_JTI)).statusCode());
    }

    private static final String STALE = "cannot confirm that its list of revoked tokens is current";

    /**
     * Asks until the answer contains {@code expected}; every answer on the way is a 200 or a 503
     * with a sentence (a rate-limit decision that found Redis gone first), never a 500 or a hang.
     */
    private static HttpResponse<String> waitFor(URI server, String token, String expected, long millis) throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000;
        HttpResponse<String> response;
        do {
            long asked = System.nanoTime();
            response = McpCalls.greet(server, token);
            assertTrue(System.nanoTime() - asked < 5_000_000_000L, "an answer took more than 5 s");
            assertTrue(response.statusCode() == 200 || response.statusCode() == 503 && response.body().contains("retry")
                    || response.body().contains(STALE), response.statusCode() + " " + response.body());
            if (!response.body().contains(expected)) {
                Thread.sleep(100);
            }
        } while (!response.body().contains(expected) && System.nanoTime() < deadline);
        return response;
    }
}
