package dev.securemcp.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChallengeTest {

    @Test
    void theBearerParametersAreReadQuotedOrNot() {
        Challenge challenge = Challenge.parse("Bearer error=\"insufficient_scope\", scope=\"mcp:write mcp:read\", "
                + "resource_metadata=\"http://127.0.0.1:1/.well-known/oauth-protected-resource/mcp\", error_description=\"a \\\"b\\\"\"");
        assertTrue(challenge.insufficientScope());
        assertEquals("mcp:write mcp:read", challenge.scope());
        assertEquals("http://127.0.0.1:1/.well-known/oauth-protected-resource/mcp", challenge.resourceMetadata());
        assertEquals("a \"b\"", challenge.errorDescription());
        assertEquals("invalid_token", Challenge.parse("Bearer error=invalid_token").error());
    }

    @Test
    void noHeaderIsNoChallenge() {
        assertEquals(Challenge.NONE, Challenge.parse(null));
    }
}
