package dev.securemcp.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.McpException;
import io.quarkus.runtime.LaunchMode;

class RequestStateSealTest {
    private static final Instant NOW = Instant.parse("2026-07-28T12:00:00Z");
    private static final String SECRET = newSecret();
    private static final String OLD_SECRET = newSecret();

    private static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static RequestStateSeal seal(String secret, List<String> previous, Instant now) {
        return new RequestStateSeal(new StateSecrets(secret, previous, LaunchMode.TEST), Duration.ofMinutes(10),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static ObjectNode answers() {
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        answers.putObject("user_name").put("action", "accept");
        return answers;
    }

    @Test
    void aSealedStateOpensWithItsAnswers() {
        RequestStateSeal seal = seal(SECRET, List.of(), NOW);
        String state = seal.seal("ada", "tools/call", "ask", answers());
        assertEquals(answers(), seal.open(state, "ada", "tools/call", "ask").answers());
    }

    @Test
    void anExpiredStateIsRefused() {
        String state = seal(SECRET, List.of(), NOW).seal("ada", "tools/call", "ask", answers());
        McpException refused = assertThrows(McpException.class,
                () -> seal(SECRET, List.of(), NOW.plus(Duration.ofMinutes(11))).open(state, "ada", "tools/call", "ask"));
        assertTrue(refused.getMessage().contains("expired"), refused.getMessage());
    }

    @Test
    void aStateSealedUnderThePreviousSecretStillOpensAfterRotation() {
        String state = seal(OLD_SECRET, List.of(), NOW).seal("ada", "tools/call", "ask", answers());
        assertEquals(answers(), seal(SECRET, List.of(OLD_SECRET), NOW).open(state, "ada", "tools/call", "ask").answers());
    }

    @Test
    void aStateSealedUnderASecretNoLongerListedIsRefused() {
        String state = seal(OLD_SECRET, List.of(), NOW).seal("ada", "tools/call", "ask", answers());
        McpException refused = assertThrows(McpException.class,
                () -> seal(SECRET, List.of(), NOW).open(state, "ada", "tools/call", "ask"));
        assertTrue(refused.getMessage().contains("integrity"), refused.getMessage());
    }

    @Test
    void aSecretShorterThan32BytesStopsTheStart() {
        String shortSecret = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new StateSecrets(shortSecret, List.of(), LaunchMode.NORMAL));
        assertTrue(refused.getMessage().startsWith("mcp.state.secret is too short"), refused.getMessage());
    }
}
