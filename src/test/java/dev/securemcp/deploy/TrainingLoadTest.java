package dev.securemcp.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The AOT training load drives the real request path, and stops at the first wrong answer. */
@QuarkusTest
class TrainingLoadTest {
    @TestHTTPResource("/mcp")
    URI endpoint;

    @Test
    void completesRoundsOfSessionsStatelessCallsAndARefusedToken() throws InterruptedException {
        TrainingLoad load = new TrainingLoad(new TrainingExchanges(endpoint, TestTokens.valid(), TestTokens.signedByOtherKey()));

        Throwable failure = load.run(Duration.ofMillis(200), 2);

        assertNull(failure, () -> "unexpected answer: " + failure.getMessage());
        assertTrue(load.rounds() >= 2, "every thread completes at least one round");
    }

    @Test
    void stopsWhenTheTokenItMustSeeRefusedIsAccepted() throws InterruptedException {
        TrainingLoad load = new TrainingLoad(new TrainingExchanges(endpoint, TestTokens.valid(), TestTokens.valid()));

        Throwable failure = load.run(Duration.ofMillis(200), 1);

        assertEquals("a token the server must refuse was answered 200", failure.getMessage());
        assertEquals(0, load.rounds());
    }
}
