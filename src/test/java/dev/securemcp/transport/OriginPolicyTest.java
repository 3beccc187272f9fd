package dev.securemcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.vertx.http.runtime.cors.CORSFilter;

class OriginPolicyTest {
    private final OriginPolicy policy = new OriginPolicy(
            List.of("http://localhost", "http://127.0.0.1", "https://app.example.com:8443"), "https://mcp.example.com/mcp");

    @Test
    void anOriginWithoutPortAllowsEveryPort() {
        assertTrue(policy.allowsOrigin("http://localhost:5173"));
        assertTrue(policy.allowsOrigin("http://127.0.0.1"));
    }

    @Test
    void anOriginWithPortAllowsOnlyThatPort() {
        assertTrue(policy.allowsOrigin("https://app.example.com:8443"));
        assertFalse(policy.allowsOrigin("https://app.example.com:9443"));
    }

    @Test
    void anotherSchemeIsRefused() {
        assertFalse(policy.allowsOrigin("https://localhost:5173"));
    }

    @Test
    void aLookalikeHostIsRefused() {
        assertFalse(policy.allowsOrigin("http://localhost.evil.example"));
        assertFalse(policy.allowsOrigin("null"));
    }

    @Test
    void requestsWithoutOriginAreNotBrowsersAndPass() {
        assertTrue(policy.allowsOrigin(null));
    }

    @Test
    void hostsAreLoopbackTheOriginsAndTheResourceUrl() {
        assertTrue(policy.allowsHostName("localhost"));
        assertTrue(policy.allowsHostName("::1"));
        assertTrue(policy.allowsHostName("mcp.example.com"));
        assertTrue(policy.allowsHostName("app.example.com"));
        assertFalse(policy.allowsHostName("attacker.example"));
        assertFalse(policy.allowsHostName(null));
    }

    @Test
    void quarkusCorsMatchesExactlyWhatTheOriginCheckAllows() {
        var patterns = CORSFilter.parseAllowedOriginsRegex(Optional.of(policy.corsOrigins()));
        assertEquals(3, patterns.size());
        for (String origin : List.of("http://localhost", "http://localhost:1", "http://localhost:65535",
                "HTTP://LOCALHOST:3000", "http://127.0.0.1:6274", "https://localhost:3000",
                "http://localhost.evil.example", "http://evil.localhost", "http://localhost:3000/path",
                "http://localhost:abc", "https://app.example.com:8443", "https://app.example.com",
                "https://app.example.com:443", "http://app.example.com:8443", "null", "")) {
            assertEquals(policy.allowsOrigin(origin), CORSFilter.isOriginAllowedByRegex(patterns, origin), origin);
        }
    }

    @Test
    void anEntryThatIsNoOriginStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new OriginPolicy(List.of("localhost"), "http://localhost:8000/mcp"));
    }

    @Test
    void aSeparateCorsOriginListStopsTheStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> CorsSetup.refuseSecondOriginList(Optional.of(List.of("http://localhost:3000"))));
        assertTrue(refused.getMessage().contains("mcp.allowed-origins"));
        CorsSetup.refuseSecondOriginList(Optional.empty());
    }
}
