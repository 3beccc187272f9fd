package dev.securemcp.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.ServerProcess;
import dev.securemcp.testing.TestTokens;

/**
 * The standalone streams (GET) of sessions shared by two replicas of the packaged jar on one real
 * redis-server: a message sent through one replica reaches the stream held by the other, a stream
 * resumed with Last-Event-ID on the other replica replays what it missed and only that, and the
 * per-session stream limit holds across replicas. Fails, never skips, when Redis cannot start.
 */
class SharedStreamsReplicasIT {
    private static final String WATCHED = "{\"uri\":\"test://watched-resource\"}";
    private static final int MAX_STREAMS = 2;

    private static ReplicaPair pair;
    private static Replica A;
    private static Replica B;

    @BeforeAll
    static void start() throws Exception {
        pair = ReplicaPair.start("streams", ServerProcess::workDirWithTestKeys, "-Dmcp.conformance.enabled=true",
                "-Dmcp.sse.max-streams-per-session=" + MAX_STREAMS);
        A = pair.a();
        B = pair.b();
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

    /** A session opened on A and subscribed to the watched resource there. */
    private static SessionCalls subscribedSession(String subject) throws Exception {
        SessionCalls session = SessionCalls.open(A.mcp(), token(subject));
        HttpResponse<String> subscribed = session.request(A.mcp(), "resources/subscribe", WATCHED);
        assertEquals(200, subscribed.statusCode(), subscribed.body());
        return session;
    }

    private static void updateThrough(Replica replica, SessionCalls session) throws Exception {
        HttpResponse<String> updated = session.callTool(replica.mcp(), "test_update_watched_resource", "{}");
        assertEquals(200, updated.statusCode(), updated.body());
    }

    private static EventStream.Event update(EventStream stream) throws InterruptedException {
        EventStream.Event event = stream.next(10);
        assertNotNull(event, "no event within 10 s");
        assertTrue(event.data().contains("notifications/resources/updated"), event.data());
        return event;
    }

    @Test
    void aMessageSentThroughOneReplicaReachesTheStreamHeldByTheOther() throws Exception {
        SessionCalls session = subscribedSession("streams-across@example.org");
        try (EventStream onA = session.stream(A.mcp(), null)) {
            assertEquals(200, onA.status());
            updateThrough(B, session);
            EventStream.Event event = update(onA);
            assertNotNull(event.id(), "with redis every standalone event has an id");
        }
    }

    @Test
    void aStreamResumedOnTheOtherReplicaReplaysWhatItMissedThenGoesOn() throws Exception {
        SessionCalls session = subscribedSession("resumed@example.org");
        String lastSeen;
        try (EventStream onA = session.stream(A.mcp(), null)) {
            assertEquals(200, onA.status());
            updateThrough(A, session);
            lastSeen = update(onA).id();
        }
        String stream = lastSeen.substring(0, lastSeen.indexOf('.'));
        Thread.sleep(300); // A sees the connection end
        updateThrough(A, session);
        updateThrough(B, session);

        try (EventStream onB = session.stream(B.mcp(), lastSeen)) {
            assertEquals(200, onB.status());
            List<String> ids = new ArrayList<>();
            ids.add(update(onB).id());
            ids.add(update(onB).id());
            for (String id : ids) {
                assertTrue(id.startsWith(stream + "."), "the replayed event names its stream: " + id);
                assertFalse(id.equals(lastSeen), "the event already seen is not replayed");
            }
            assertFalse(ids.get(0).equals(ids.get(1)));
            updateThrough(A, session);
            String live = update(onB).id();
            assertTrue(live.startsWith(stream + "."), "the resumed stream goes on under its id: " + live);
            assertNull(onB.next(1), "nothing else: no message twice");
        }
    }

    @Test
    void aLastEventIdOfAnotherSessionReplaysNothingOfIt() throws Exception {
        SessionCalls first = subscribedSession("first@example.org");
        String firstId;
        try (EventStream stream = first.stream(A.mcp(), null)) {
            updateThrough(A, first);
            firstId = update(stream).id();
        }
        updateThrough(A, first);
        SessionCalls other = subscribedSession("first@example.org");
        try (EventStream stream = other.stream(B.mcp(), firstId)) {
            assertEquals(200, stream.status());
            assertNull(stream.next(2), "another session's missed events are never replayed");
        }
    }

    @Test
    void theStreamLimitOfASessionHoldsAcrossReplicas() throws Exception {
        SessionCalls session = subscribedSession("limit@example.org");
        try (EventStream onA = session.stream(A.mcp(), null); EventStream onB = session.stream(B.mcp(), null)) {
            assertEquals(200, onA.status());
            assertEquals(200, onB.status());
            try (EventStream third = session.stream(A.mcp(), null)) {
                assertEquals(429, third.status(), "each replica holds one stream: the session holds " + MAX_STREAMS);
            }
        }
        Thread.sleep(300);
        try (EventStream again = session.stream(B.mcp(), null)) {
            assertEquals(200, again.status(), "closed streams no longer count");
        }
    }
}
