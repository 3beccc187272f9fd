package dev.securemcp.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * With the verified-token cache on (the default), every rejection rule of RejectedTokenTest still
 * holds: a refused token is refused again and never cached, and a token that differs from a cached
 * valid one in a single character is checked in full.
 */
@QuarkusTest
class TokenCacheRejectionTest {
    @Inject
    VerifiedTokenCache cache;

    private static ValidatableResponse post(String token) {
        return McpTestClient.initializeWith(token).then();
    }

    /** Refused twice with the same kind, and never kept. */
    private void assertRefusedEveryTime(String token, TokenFailure kind) {
        for (int attempt = 0; attempt < 2; attempt++) {
            post(token).statusCode(401).body("error_description", equalTo(kind.description()));
        }
        assertNull(cache.find(token), "a refused token must not be cached");
    }

    @Test
    void aValidTokenIsCachedAfterItsFirstUse() {
        // A jti of its own: TestTokens.valid() is the same string for every test within one second.
        Map<String, Object> claims = TestTokens.claims();
        claims.put("jti", UUID.randomUUID().toString());
        String token = TestTokens.sign(claims);
        assertNull(cache.find(token));
        post(token).statusCode(200);
        assertNotNull(cache.find(token));
        post(token).statusCode(200);
    }

    @Test
    void everyRejectionRuleHoldsWhileValidTokensAreCached() {
        post(TestTokens.valid()).statusCode(200);
        assertRefusedEveryTime("not-a-jwt", TokenFailure.MALFORMED_TOKEN);
        assertRefusedEveryTime(TestTokens.signedByOtherKey(), TokenFailure.BAD_SIGNATURE);
        assertRefusedEveryTime(TestTokens.with("iss", "https://evil.example"), TokenFailure.WRONG_ISSUER);
        assertRefusedEveryTime(TestTokens.with("aud", "another-server"), TokenFailure.WRONG_AUDIENCE);
        Map<String, Object> expired = TestTokens.claims();
        expired.put("iat", (Long) expired.get("iat") - 7200);
        expired.put("exp", (Long) expired.get("exp") - 7200);
        assertRefusedEveryTime(TestTokens.sign(expired), TokenFailure.EXPIRED);
        assertRefusedEveryTime(TestTokens.without("exp"), TokenFailure.NO_EXPIRY);
        assertRefusedEveryTime(TestTokens.algNone(), TokenFailure.UNSUPPORTED_ALGORITHM);
        assertRefusedEveryTime(TestTokens.hs256WithPublicKey(), TokenFailure.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void aCachedTokenWithOneSignatureCharacterChangedIsCheckedInFull() {
        String token = TestTokens.valid();
        post(token).statusCode(200);
        // The first character of the signature carries six full bits, so any change alters the signature.
        int signatureStart = token.lastIndexOf('.') + 1;
        char first = token.charAt(signatureStart);
        String tampered = token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A') + token.substring(signatureStart + 1);
        assertRefusedEveryTime(tampered, TokenFailure.BAD_SIGNATURE);
        post(token).statusCode(200);
    }
}
