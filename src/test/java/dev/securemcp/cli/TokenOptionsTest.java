package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Each TOKEN OPTION sets its claim and nothing else. */
class TokenOptionsTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);

    private static Map<String, Object> claims(String... args) {
        TokenOptions options = new TokenOptions();
        new CommandLine(options).parseArgs(args);
        return options.claims(NOW);
    }

    /** The claims with the random jti removed, to compare with the defaults. */
    private static Map<String, Object> withoutJti(Map<String, Object> claims) {
        claims.remove("jti");
        return claims;
    }

    @Test
    void defaultsAreTheSeedsClaims() {
        Map<String, Object> claims = claims();
        assertEquals("hello@world.com", claims.get("sub"));
        assertEquals("http://localhost:8000", claims.get("iss"));
        assertEquals("my-mcp-server", claims.get("aud"));
        assertEquals("read write", claims.get("scope"));
        assertEquals(List.of("read", "write"), claims.get("scopes"));
        assertEquals(NOW.getEpochSecond(), claims.get("iat"));
        assertEquals(NOW.getEpochSecond() + 3600, claims.get("exp"));
        assertFalse(claims.containsKey("groups"));
        assertNotEquals(claims.get("jti"), claims().get("jti"), "a fresh jti for every token");
    }

    @Test
    void subSetsTheSubject() {
        Map<String, Object> expected = withoutJti(claims());
        expected.put("sub", "alice@example.org");
        assertEquals(expected, withoutJti(claims("--sub", "alice@example.org")));
    }

    @Test
    void scopeSetsBothTheScopeClaimAndTheScopesArray() {
        Map<String, Object> expected = withoutJti(claims());
        expected.put("scope", "read admin");
        expected.put("scopes", List.of("read", "admin"));
        assertEquals(expected, withoutJti(claims("--scope", "read admin")));
    }

    @Test
    void rolesBecomeTheGroupsClaim() {
        assertEquals(List.of("admin", "ops"), claims("--roles", "admin ops").get("groups"));
        assertEquals(List.of("admin", "ops"), claims("--roles", "admin,ops").get("groups"));
    }

    @Test
    void ttlSetsTheLifetime() {
        Map<String, Object> claims = claims("--ttl", "30");
        assertEquals(NOW.getEpochSecond() + 30, claims.get("exp"));
        assertEquals(NOW.getEpochSecond(), claims.get("iat"));
    }

    @Test
    void aTtlThatIsNotPositiveIsAUsageError() {
        CliException failure = assertThrows(CliException.class, () -> claims("--ttl", "0"));
        assertEquals(ExitCodes.USAGE, failure.exitCode());
    }

    @Test
    void issSetsTheIssuer() {
        Map<String, Object> expected = withoutJti(claims());
        expected.put("iss", "https://idp.example.org");
        assertEquals(expected, withoutJti(claims("--iss", "https://idp.example.org")));
    }

    @Test
    void audSetsTheAudience() {
        Map<String, Object> expected = withoutJti(claims());
        expected.put("aud", "other");
        assertEquals(expected, withoutJti(claims("--aud", "other")));
    }

    @Test
    void jtiSetsTheTokenId() {
        assertEquals("token-42", claims("--jti", "token-42").get("jti"));
    }

    @Test
    void claimAddsAnyClaimAndReadsJsonValues() {
        Map<String, Object> claims = claims("--claim", "tenant=acme", "--claim", "level=3", "--claim", "tags=[\"a\",\"b\"]",
                "--claim", "admin=true");
        assertEquals("acme", claims.get("tenant"));
        assertEquals(3, claims.get("level"));
        assertEquals(List.of("a", "b"), claims.get("tags"));
        assertEquals(true, claims.get("admin"));
    }

    @Test
    void claimOverridesAStandardClaim() {
        assertEquals("someone", claims("--claim", "sub=someone").get("sub"));
    }

    @Test
    void aClaimWithoutEqualsIsAUsageError() {
        CliException failure = assertThrows(CliException.class, () -> claims("--claim", "novalue"));
        assertEquals(ExitCodes.USAGE, failure.exitCode());
    }
}
