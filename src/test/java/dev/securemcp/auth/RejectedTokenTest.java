package dev.securemcp.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Each rejected token differs from a valid one in exactly one thing; each gets a 401 naming its
 * kind, with a WWW-Authenticate challenge and without the token. Rerun on the jar by RejectedTokenIT.
 */
@QuarkusTest
class RejectedTokenTest {
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
             "capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""";

    private static ValidatableResponse post(String authorization) {
        var request = given().accept("application/json, text/event-stream").contentType(ContentType.JSON).body(INITIALIZE);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.post("/mcp").then();
    }

    private static void assertRejected(String token, TokenFailure kind) {
        post("Bearer " + token)
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer "))
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .header("WWW-Authenticate", containsString("resource_metadata=\""))
                .body("error", equalTo("invalid_token"))
                .body("error_description", equalTo(kind.description()))
                .body(not(containsString(token)));
    }

    @Test
    void theValidTokenIsAccepted() {
        post("Bearer " + TestTokens.valid()).statusCode(200);
    }

    @Test
    void noAuthorizationHeader() {
        post(null).statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer resource_metadata=\""))
                .header("WWW-Authenticate", not(containsString("error=")))
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo(TokenFailure.MISSING.description()));
    }

    @Test
    void anotherScheme() {
        post("Basic aGVsbG86d29ybGQ=").statusCode(401)
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo(TokenFailure.WRONG_SCHEME.description()));
    }

    @Test
    void malformedToken() {
        assertRejected("not-a-jwt", TokenFailure.MALFORMED_TOKEN);
    }

    @Test
    void signedByAnotherKey() {
        assertRejected(TestTokens.signedByOtherKey(), TokenFailure.BAD_SIGNATURE);
    }

    @Test
    void wrongIssuer() {
        assertRejected(TestTokens.with("iss", "https://evil.example"), TokenFailure.WRONG_ISSUER);
    }

    @Test
    void wrongAudience() {
        assertRejected(TestTokens.with("aud", "another-server"), TokenFailure.WRONG_AUDIENCE);
    }

    @Test
    void expiredBeyondTheClockSkew() {
        // The whole validity window moves two hours back: iat stays before exp, exp is 3600 s past,
        // far beyond the 60 s skew.
        Map<String, Object> claims = TestTokens.claims();
        claims.put("iat", (Long) claims.get("iat") - 7200);
        claims.put("exp", (Long) claims.get("exp") - 7200);
        assertRejected(TestTokens.sign(claims), TokenFailure.EXPIRED);
    }

    @Test
    void noExpiry() {
        assertRejected(TestTokens.without("exp"), TokenFailure.NO_EXPIRY);
    }

    @Test
    void algNone() {
        assertRejected(TestTokens.algNone(), TokenFailure.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void hs256KeyedWithThePublicKey() {
        assertRejected(TestTokens.hs256WithPublicKey(), TokenFailure.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void lifetimeLongerThanTheMaximum() {
        Map<String, Object> claims = TestTokens.claims();
        claims.put("exp", (Long) claims.get("iat") + 25 * 3600);
        assertRejected(TestTokens.sign(claims), TokenFailure.LIFETIME_TOO_LONG);
    }

    @Test
    void notBeforeInTheFuture() {
        Map<String, Object> claims = TestTokens.claims();
        claims.put("nbf", (Long) claims.get("iat") + 1800);
        assertRejected(TestTokens.sign(claims), TokenFailure.NOT_YET_VALID);
    }

    @Test
    void issuedInTheFuture() {
        Map<String, Object> claims = TestTokens.claims();
        claims.put("iat", (Long) claims.get("iat") + 1800);
        assertRejected(TestTokens.sign(claims), TokenFailure.NOT_YET_VALID);
    }

    @Test
    void rs384WithTheServersKeyIsAccepted() {
        post("Bearer " + TestTokens.sign(TestTokens.claims(), TestTokens.privateKey("test-keys/private.pem"),
                AlgorithmIdentifiers.RSA_USING_SHA384, null)).statusCode(200);
    }

    @Test
    void rs512WithTheServersKeyIsAccepted() {
        post("Bearer " + TestTokens.sign(TestTokens.claims(), TestTokens.privateKey("test-keys/private.pem"),
                AlgorithmIdentifiers.RSA_USING_SHA512, null)).statusCode(200);
    }

    @Test
    void es256IsRefusedWhenTheKeyIsRsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        assertRejected(TestTokens.sign(TestTokens.claims(), generator.generateKeyPair().getPrivate(),
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, null), TokenFailure.BAD_SIGNATURE);
    }

    @Test
    void ps256IsNotAnAcceptedAlgorithm() {
        assertRejected(TestTokens.sign(TestTokens.claims(), TestTokens.privateKey("test-keys/private.pem"),
                AlgorithmIdentifiers.RSA_PSS_USING_SHA256, null), TokenFailure.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void aHeaderOverTheSizeLimitGets431() {
        given().accept("application/json, text/event-stream").contentType(ContentType.JSON).body(INITIALIZE)
                .header("Authorization", "Bearer " + TestTokens.with("pad", "x".repeat(17 * 1024)))
                .post("/mcp").then().statusCode(431);
    }
}
