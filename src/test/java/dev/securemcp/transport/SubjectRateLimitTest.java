package dev.securemcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.securemcp.access.Caller;
import dev.securemcp.store.StoreUnavailableException;
import io.smallrye.mutiny.Uni;

/** A rate-limit store that does not answer makes the request a 503 with a sentence, never a 500. */
class SubjectRateLimitTest {

    @Test
    void aStoreThatDoesNotAnswerIsA503WithASentence() {
        RequestCounts down = key -> Uni.createFrom().failure(new StoreUnavailableException("Redis did not answer EVAL", null));
        SubjectRateLimit limit = new SubjectRateLimit(10, down, null);
        HttpAnswer answer = limit.admit(caller(), "POST", () -> Uni.createFrom().item(HttpAnswer.empty(200)),
                refused -> Uni.createFrom().item(refused)).await().indefinitely();
        assertEquals(503, answer.status());
        assertEquals("1", answer.retryAfter());
        String body = answer.body().toString();
        assertTrue(body.contains("the shared rate-limit store did not answer"), body);
        assertTrue(!body.contains("Exception") && !body.contains("EVAL"), body);
    }

    @Test
    void withinTheLimitTheRequestGoesOn() {
        RequestCounts counts = key -> Uni.createFrom().item(new RequestCounts.WindowCount(10, 1));
        SubjectRateLimit limit = new SubjectRateLimit(10, counts, null);
        HttpAnswer answer = limit.admit(caller(), "POST", () -> Uni.createFrom().item(HttpAnswer.empty(200)),
                refused -> Uni.createFrom().item(refused)).await().indefinitely();
        assertEquals(200, answer.status());
    }

    private static Caller caller() {
        return new Caller("limited@example.org", "http://localhost:8000", Set.of(), Set.of(), Set.of(), null, null);
    }
}
