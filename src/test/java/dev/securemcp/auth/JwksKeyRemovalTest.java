package dev.securemcp.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.security.KeyPair;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.JwksServer;
import dev.securemcp.testing.ShortJwksCacheProfile;
import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A key dropped from the JWKS stops its cached tokens once the server's key set is refreshed on its
 * own (the JWKS cache time has run out), even though no token asks for an unknown key meanwhile.
 */
@QuarkusTest
@TestProfile(ShortJwksCacheProfile.class)
class JwksKeyRemovalTest {
    /** Far above the 2 s cache plus the 0.5 s look, for a loaded machine; the loop ends at the first 401. */
    private static final long PATIENCE_MS = 30_000;

    @Inject
    VerifiedTokenCache cache;

    private static Response initialize(String token) {
        return McpTestClient.initializeWith(token);
    }

    @Test
    void aDroppedKeysCachedTokenIsRefusedAfterTheNextRefreshAndAKeptKeysTokenIsNot() throws Exception {
        KeyPair leaving = JwksServer.rsa();
        KeyPair staying = JwksServer.rsa();
        String leavingKid = UUID.randomUUID().toString();
        String stayingKid = UUID.randomUUID().toString();
        JwksServer.publish(leaving, leavingKid, null);
        JwksServer.publish(staying, stayingKid, null);
        String doomed = TestTokens.sign(TestTokens.claims(), leaving.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, leavingKid);
        String kept = TestTokens.sign(TestTokens.claims(), staying.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, stayingKid);
        assertEquals(200, initialize(doomed).statusCode());
        assertEquals(200, initialize(kept).statusCode());
        assertNotNull(cache.find(doomed), "the token is served from the cache");

        JwksServer.withdraw(leavingKid);
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        Response answer = initialize(doomed);
        while (answer.statusCode() == 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            answer = initialize(doomed);
        }
        answer.then().statusCode(401).body("error_description", equalTo(TokenFailure.BAD_SIGNATURE.description()));
        assertEquals(200, initialize(kept).statusCode());
        assertNotNull(cache.find(kept), "a token whose key stayed is still served from the cache");
    }
}
