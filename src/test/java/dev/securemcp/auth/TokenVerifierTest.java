package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.TestTokens;
import io.smallrye.jwt.auth.principal.ParseException;

/** The verifier on its own, for the rules an HTTP test cannot reach cheaply. */
class TokenVerifierTest {
    private static final RevocationStore NONE_REVOKED = new RevocationStore() {
        @Override
        public boolean isRevoked(String jti) {
            return false;
        }

        @Override
        public boolean revoke(String jti) {
            throw new UnsupportedOperationException("not in this test");
        }
    };

    private static TokenVerifier verifier(VerificationKeyResolver keys) {
        return new TokenVerifier(keys, new TokenVerifier.Rules(TestTokens.ISSUER, List.of(TestTokens.AUDIENCE), 60,
                Duration.ofHours(24), List.of("groups", "roles"), 16384), NONE_REVOKED);
    }

    private static TokenVerifier withTestKey() throws Exception {
        return verifier(StaticKeyResolver.read("classpath:test-keys/public.pem"));
    }

    @Test
    void aLifetimeOfExactlyTheMaximumIsAccepted() throws Exception {
        Map<String, Object> claims = TestTokens.claims();
        claims.put("exp", (Long) claims.get("iat") + 24 * 3600);
        assertEquals(TestTokens.SUBJECT, withTestKey().parse(TestTokens.sign(claims)).getSubject());
    }

    @Test
    void withoutIatTheLifetimeCountsFromNow() throws Exception {
        Map<String, Object> claims = TestTokens.claims();
        claims.remove("iat");
        claims.put("exp", System.currentTimeMillis() / 1000 + 25 * 3600);
        String token = TestTokens.sign(claims);
        ParseException refused = assertThrows(ParseException.class, () -> withTestKey().parse(token));
        assertEquals(TokenFailure.LIFETIME_TOO_LONG,
                TokenFailureClassifier.classify(List.of("Bearer " + token), 16384, JwkChoice.ALGORITHMS, refused).kind());
    }

    @Test
    void anUnreachableJwksIsNotCalledABadSignature() {
        TokenVerifier verifier = verifier(new JwksKeyResolver("http://127.0.0.1:1/jwks", Duration.ofMinutes(10),
                Duration.ofSeconds(5), System::nanoTime));
        String token = TestTokens.valid();
        ParseException refused = assertThrows(ParseException.class, () -> verifier.parse(token));
        assertEquals(TokenFailure.INVALID,
                TokenFailureClassifier.classify(List.of("Bearer " + token), 16384, JwkChoice.ALGORITHMS, refused).kind());
    }
}
