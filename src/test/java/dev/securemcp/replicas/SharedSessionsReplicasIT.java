package dev.securemcp.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
 * Sessions (2025-11-25) that any of two replicas of the packaged jar serves, on one real
 * redis-server, behind nginx round-robin without affinity; {@code mcp.test.replica-header=true}
 * names the replica of each answer. Fails, never skips, when Redis or nginx cannot start. The
 * replica killed last runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedSessionsReplicasIT {
    private static final int PER_SUBJECT = 3;
    private static final String REPLICA = "Mcp-Test-Replica";

    private static ReplicaPair pair;
    private static Replica A;
    private static Replica B;
    private static URI balanced;

    @BeforeAll
    static void start() throws Exception {
        pair = ReplicaPair.start("sessions", ServerProcess::workDirWithTestKeys, "-Dmcp.conformance.enabled=true",
                "-Dmcp.test.replica-header=true", "-Dmcp.session.max-per-subject=" + PER_SUBJECT);
        A = pair.a();
        B = pair.b();
        balanced = URI.create("http://localhost:" + pair.nginx().port() + "/mcp");
    }

    @AfterAll
    static void stop() throws Exception {
        if (pair != null) {
            pair.close();
        }
    }

    private static String token(String subject) {
        Map<String, Object> claims = TestTokens.claims();
        claims.put("sub", subject);
        return TestTokens.sign(claims);
    }

    private static String replicaOf(HttpResponse<?> answer) {
        return answer.headers().firstValue(REPLICA).orElseThrow(() -> new AssertionError("no " + REPLICA + " header"));
    }

    @Test
    @Order(1)
    void theSeedsGreetInALongSessionWhoseRequestsAlternateBetweenTheReplicas() throws Exception {
        String subject = "long-session@example.org";
        SessionCalls session = SessionCalls.open(balanced, token(subject));
        Map<String, Integer> answeredBy = new HashMap<>();
        String previous = null;
        int switches = 0;
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> greeted = session.callTool(balanced, "greet", "{\"name\":\"Ada" + i + "\"}");
            assertEquals(200, greeted.statusCode(), greeted.body());
            assertTrue(greeted.body().contains("Hello, Ada" + i + "! Your userid is " + subject + "."), greeted.body());
            String replica = replicaOf(greeted);
            answeredBy.merge(replica, 1, Integer::sum);
            if (previous != null && !previous.equals(replica)) {
                switches++;
            }
            previous = replica;
        }
        assertEquals(2, answeredBy.size(), "both replicas served the session: " + answeredBy);
        assertTrue(switches >= 150, "the requests alternate (round-robin, no affinity): " + switches + " switches in 199");
    }

    @Test
    @Order(2)
    void anElicitationAnsweredThroughTheOtherReplicaCompletesTheToolCall() throws Exception {
        SessionCalls session = SessionCalls.open(A.mcp(), token("elicited@example.org"), "{\"elicitation\":{}}");
        try (EventStream call = session.callToolStreaming(A.mcp(), "test_elicitation", "{\"message\":\"Your name?\"}")) {
            assertEquals(200, call.status());
            EventStream.Event asked = call.next(10);
            assertNotNull(asked, "no elicitation request within 10 s");
            Matcher id = Pattern.compile("\"id\":\"(s-[^\"]+)\"").matcher(asked.data());
            assertTrue(asked.data().contains("elicitation/create") && id.find(), asked.data());
            HttpResponse<String> accepted = session.answer(B.mcp(), id.group(1),
                    "{\"action\":\"accept\",\"content\":{\"username\":\"ada\",\"email\":\"ada@example.org\"}}");
            assertEquals(202, accepted.statusCode(), accepted.body());
            EventStream.Event result = call.next(10);
            assertNotNull(result, "no result within 10 s of the answer on the other replica");
            assertTrue(result.data().contains("action=accept") && result.data().contains("ada@example.org"), result.data());
        }
    }

    @Test
    @Order(3)
    void aSessionEndedOnOneReplicaIsGoneOnTheOtherWithinOneSecond() throws Exception {
        SessionCalls session = SessionCalls.open(A.mcp(), token("ended@example.org"));
        assertEquals(200, session.callTool(B.mcp(), "whoami", "{}").statusCode(), "B serves it first");
        assertEquals(204, session.delete(A.mcp()).statusCode());
        long ended = System.nanoTime();
        int status;
        do {
            status = session.callTool(B.mcp(), "whoami", "{}").statusCode();
        } while (status != 404 && System.nanoTime() - ended < 3_000_000_000L);
        long waited = (System.nanoTime() - ended) / 1_000_000;
        assertEquals(404, status, "B still served the ended session after " + waited + " ms");
        assertTrue(waited <= 1000, "B refused it only after " + waited + " ms");
    }

    @Test
    @Order(4)
    void aSessionIsNoOneElsesOnEitherReplica() throws Exception {
        SessionCalls session = SessionCalls.open(A.mcp(), token("owner@example.org"));
        SessionCalls intruder = session.as(token("intruder@example.org"));
        for (Replica replica : List.of(A, B)) {
            HttpResponse<String> refused = intruder.callTool(replica.mcp(), "whoami", "{}");
            assertEquals(404, refused.statusCode(), refused.body());
        }
        assertEquals(200, session.callTool(B.mcp(), "whoami", "{}").statusCode());
    }

    @Test
    @Order(5)
    void thePerSubjectSessionLimitHoldsAcrossReplicas() throws Exception {
        String token = token("many-sessions@example.org");
        List<SessionCalls> sessions = new ArrayList<>();
        for (int i = 0; i <= PER_SUBJECT; i++) {
            sessions.add(SessionCalls.open(i % 2 == 0 ? A.mcp() : B.mcp(), token));
            Thread.sleep(5);
        }
        for (Replica replica : List.of(A, B)) {
            assertEquals(404, sessions.get(0).callTool(replica.mcp(), "whoami", "{}").statusCode(),
                    "the oldest is gone: " + PER_SUBJECT + " per subject across both replicas");
            for (SessionCalls kept : sessions.subList(1, sessions.size())) {
                assertEquals(200, kept.callTool(replica.mcp(), "whoami", "{}").statusCode());
            }
        }
    }

    @Test
    @Order(6)
    void aToolCallInASessionTheReplicaHasServedCostsNoRedisCommand() throws Exception {
        SessionCalls session = SessionCalls.open(A.mcp(), token("hot-path@example.org"));
        assertEquals(200, session.callTool(A.mcp(), "greet", "{\"name\":\"Ada\"}").statusCode());
        Map<String, Long> before = commandCounts();
        long started = System.nanoTime();
        int calls = 100;
        for (int i = 0; i < calls; i++) {
            assertEquals(200, session.callTool(A.mcp(), "greet", "{\"name\":\"Ada\"}").statusCode());
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L + 1;
        Map<String, Long> after = commandCounts();
        long loads = after.getOrDefault("hgetall", 0L) - before.getOrDefault("hgetall", 0L);
        long scripts = after.getOrDefault("eval", 0L) - before.getOrDefault("eval", 0L);
        assertEquals(0, loads, "the session is not read again");
        // The only scripts meanwhile: each replica's renewal of its sessions and streams (one per 5 s and one
        // per second); a request of the session runs none (commands inside a script count apart, under their names).
        assertTrue(scripts <= 2 * (seconds + seconds / 5 + 2), scripts + " scripts for " + calls + " tool calls in " + seconds + " s");
        assertTrue(scripts < calls / 4, "not one a request: " + scripts + " scripts for " + calls + " tool calls");
    }

    @Test
    @Order(7)
    void aReplicaKilledMidSessionLeavesTheSessionToTheOther() throws Exception {
        SessionCalls session = SessionCalls.open(A.mcp(), token("survivor@example.org"));
        assertEquals(200, session.callTool(A.mcp(), "greet", "{\"name\":\"Ada\"}").statusCode());
        A.kill();
        HttpResponse<String> served = session.callTool(B.mcp(), "greet", "{\"name\":\"Ada\"}");
        assertEquals(200, served.statusCode(), served.body());
        assertTrue(served.body().contains("Your userid is survivor@example.org."), served.body());
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> behindNginx = session.callTool(balanced, "greet", "{\"name\":\"Ada\"}");
            assertTrue(behindNginx.statusCode() == 200 || behindNginx.statusCode() == 502, behindNginx.statusCode() + " " + behindNginx.body());
        }
    }

    /** Calls per command since Redis started ({@code INFO commandstats}). */
    private static Map<String, Long> commandCounts() throws Exception {
        Map<String, Long> counts = new HashMap<>();
        Matcher line = Pattern.compile("cmdstat_([a-z|]+):calls=(\\d+)").matcher(pair.redis().cli("INFO", "commandstats"));
        while (line.find()) {
            counts.put(line.group(1), Long.parseLong(line.group(2)));
        }
        counts.remove("info");
        return counts;
    }
}
