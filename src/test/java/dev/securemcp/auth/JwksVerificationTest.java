package dev.securemcp.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.JwksServer;
import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * Keys from a real JWKS endpoint: rotation without restart, refetch rate limit, algorithms per key,
 * and a key dropped from the JWKS stopping the tokens it verified, cached or not.
 */
@QuarkusTest
@TestProfile(JwksVerificationTest.Profile.class)
class JwksVerificationTest {
    private static final long REFETCH_INTERVAL_MS = 2000;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mcp.auth.jwks-min-refetch-interval", REFETCH_INTERVAL_MS + "MS");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(JwksServer.class));
        }
    }

    @Inject
    VerifiedTokenCache cache;

    private static ValidatableResponse initialize(String token) {
        return McpTestClient.initializeWith(token).then();
    }

    private static String token(KeyPair pair, String algorithm, String kid) {
        return TestTokens.sign(TestTokens.claims(), pair.getPrivate(), algorithm, kid);
    }

    /** Lets the refetch interval pass, so that the next unknown kid may fetch. */
    private static void afterRefetchInterval() throws InterruptedException {
        Thread.sleep(REFETCH_INTERVAL_MS + 200);
    }

    @Test
    void aKeyRotatedIntoTheJwksIsAcceptedWithoutRestart() throws Exception {
        KeyPair next = JwksServer.rsa();
        String kid = UUID.randomUUID().toString();
        afterRefetchInterval();
        initialize(token(next, AlgorithmIdentifiers.RSA_USING_SHA256, kid)).statusCode(401)
                .body("error_description", equalTo(TokenFailure.BAD_SIGNATURE.description()));
        JwksServer.publish(next, kid, null);
        afterRefetchInterval();
        initialize(token(next, AlgorithmIdentifiers.RSA_USING_SHA256, kid)).statusCode(200);
    }

    @Test
    void unknownKidsFetchTheJwksAtMostOncePerInterval() throws Exception {
        KeyPair stranger = JwksServer.rsa();
        // The first token of the run loads the key set (the request and the refresher's first look may both
        // fetch it then): that start is not what is counted.
        initialize(token(stranger, AlgorithmIdentifiers.RSA_USING_SHA256, UUID.randomUUID().toString())).statusCode(401);
        afterRefetchInterval();
        int before = JwksServer.fetches();
        long started = System.currentTimeMillis();
        for (int i = 0; i < 10; i++) {
            initialize(token(stranger, AlgorithmIdentifiers.RSA_USING_SHA256, UUID.randomUUID().toString()))
                    .statusCode(401);
        }
        long elapsed = System.currentTimeMillis() - started;
        int fetched = JwksServer.fetches() - before;
        // One refetch when the interval has passed, then at most one per further interval; one more is
        // tolerated for a fetch that straddles the loop's start on a loaded machine. Without the limit
        // the ten unknown kids would cause ten fetches.
        assertTrue(fetched >= 1 && fetched <= 2 + elapsed / REFETCH_INTERVAL_MS,
                "10 unknown kids in " + elapsed + " ms caused " + fetched + " fetches");
    }

    @Test
    void anEs256KeyInTheJwksVerifiesEs256() throws Exception {
        KeyPair ec = JwksServer.ecP256();
        String kid = UUID.randomUUID().toString();
        JwksServer.publish(ec, kid, null);
        afterRefetchInterval();
        initialize(token(ec, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, kid)).statusCode(200);
    }

    @Test
    void anRsaKeyVerifiesRs512() throws Exception {
        KeyPair rsa = JwksServer.rsa();
        String kid = UUID.randomUUID().toString();
        JwksServer.publish(rsa, kid, null);
        afterRefetchInterval();
        initialize(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA512, kid)).statusCode(200);
    }

    @Test
    void aKeyThatNamesItsAlgorithmVerifiesNoOther() throws Exception {
        KeyPair rsa = JwksServer.rsa();
        String kid = UUID.randomUUID().toString();
        JwksServer.publish(rsa, kid, AlgorithmIdentifiers.RSA_USING_SHA256);
        afterRefetchInterval();
        initialize(token(rsa, AlgorithmIdentifiers.RSA_USING_SHA384, kid)).statusCode(401)
                .body("error_description", equalTo(TokenFailure.BAD_SIGNATURE.description()));
    }

    @Test
    void aCachedTokenIsRefusedOnceItsKeyLeavesTheJwksWhileOneWithAKeptKeyStays() throws Exception {
        KeyPair leaving = JwksServer.rsa();
        KeyPair staying = JwksServer.rsa();
        String leavingKid = UUID.randomUUID().toString();
        String stayingKid = UUID.randomUUID().toString();
        JwksServer.publish(leaving, leavingKid, null);
        JwksServer.publish(staying, stayingKid, null);
        afterRefetchInterval();
        String doomed = token(leaving, AlgorithmIdentifiers.RSA_USING_SHA256, leavingKid);
        String kept = token(staying, AlgorithmIdentifiers.RSA_USING_SHA256, stayingKid);
        initialize(doomed).statusCode(200);
        initialize(kept).statusCode(200);
        assertNotNull(cache.find(doomed), "the token is served from the cache");

        JwksServer.withdraw(leavingKid);
        afterRefetchInterval();
        // A kid the server does not know makes it fetch the JWKS again (the key cache here is 10 minutes).
        initialize(token(JwksServer.rsa(), AlgorithmIdentifiers.RSA_USING_SHA256, UUID.randomUUID().toString()))
                .statusCode(401);

        initialize(doomed).statusCode(401)
                .body("error_description", equalTo(TokenFailure.BAD_SIGNATURE.description()));
        initialize(kept).statusCode(200);
        assertNotNull(cache.find(kept), "a token whose key stayed is still served from the cache");
    }
}
