package dev.securemcp.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the token cache switched off the same rules hold: the header and syntax checks, then the full check. */
@QuarkusTest
@TestProfile(UncachedVerificationTest.NoCache.class)
class UncachedVerificationTest {

    public static class NoCache implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mcp.auth.token-cache.enabled", "false");
        }
    }

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aValidTokenIsAcceptedAndNothingIsCached() {
        McpTestClient.initializeWith(TestTokens.valid()).then().statusCode(200);
        assertEquals(0, cache.size());
    }

    @Test
    void twoAuthorizationHeadersAreRefused() {
        given().header("Authorization", "Bearer " + TestTokens.valid()).header("Authorization", "Bearer " + TestTokens.valid())
                .accept(McpTestClient.ACCEPT).contentType("application/json").body("{}").post("/mcp")
                .then().statusCode(401).body("error_description", equalTo(TokenFailure.TWO_AUTHORIZATION_HEADERS.description()));
    }

    @Test
    void aStrayCharacterInTheSignatureIsRefused() {
        String valid = TestTokens.valid();
        McpTestClient.initializeWith(valid.substring(0, valid.length() - 5) + "~" + valid.substring(valid.length() - 5))
                .then().statusCode(401).body("error_description", equalTo(TokenFailure.MALFORMED_TOKEN.description()));
    }

    @Test
    void aTokenWithoutSubIsRefusedByName() {
        McpTestClient.initializeWith(TestTokens.without("sub"))
                .then().statusCode(401).body("error_description", equalTo(TokenFailure.NO_SUBJECT.description()));
    }
}
