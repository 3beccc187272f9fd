package dev.securemcp.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** A token accepted and cached while valid is refused as expired once its exp (and the skew) pass. */
@QuarkusTest
@TestProfile(ShortClockSkewProfile.class)
class CachedTokenExpiryTest {
    @Inject
    VerifiedTokenCache cache;

    private static ValidatableResponse post(String token) {
        return McpTestClient.initializeWith(token).then();
    }

    @Test
    void aCachedValidTokenThatExpiresIsRefused() throws InterruptedException {
        post(TestTokens.valid()).statusCode(200); // the first request of a fresh server can take seconds
        Map<String, Object> claims = TestTokens.claims();
        long now = System.currentTimeMillis() / 1000;
        // Room for the request and the cache look-up below even on a loaded machine; the wait after is what it costs.
        long exp = now + 15;
        claims.put("iat", now);
        claims.put("exp", exp);
        String token = TestTokens.sign(claims);
        post(token).statusCode(200);
        assertNotNull(cache.find(token), "the valid token is cached");

        // exp plus the one-second skew, plus a second for the whole-second clock.
        Thread.sleep(Math.max(0, (exp + 1 + 1) * 1000 - System.currentTimeMillis()) + 200);
        post(token).statusCode(401).body("error_description", equalTo(TokenFailure.EXPIRED.description()));
    }
}
