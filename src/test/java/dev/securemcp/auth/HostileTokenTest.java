package dev.securemcp.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The hostile tokens of issue 13, one test each: signed with the trusted key but with hostile
 * contents, or a valid token whose text is altered. Each differs from a valid token in one thing.
 */
@QuarkusTest
class HostileTokenTest {
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
             "capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""";

    @TestHTTPResource("/mcp")
    URL endpoint;

    @Inject
    VerifiedTokenCache cache;

    private static ValidatableResponse post(String... authorization) {
        var request = given().accept(McpTestClient.ACCEPT).contentType(ContentType.JSON).body(INITIALIZE);
        for (String value : authorization) {
            request = request.header("Authorization", value);
        }
        return request.post("/mcp").then();
    }

    private static void assertRefused(String token, String description) {
        post("Bearer " + token).statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("error", equalTo("invalid_token"))
                .body("error_description", equalTo(description))
                .body(not(containsString(token)));
    }

    private static String withSignature(String token, String signature) {
        return token.substring(0, token.lastIndexOf('.') + 1) + signature;
    }

    @Test
    void aTokenWithoutSubIsRefusedByName() {
        assertRefused(TestTokens.without("sub"), TokenFailure.NO_SUBJECT.description());
    }

    @Test
    void anEmptySubIsRefused() {
        assertRefused(TestTokens.with("sub", ""), TokenAttacks.malformedClaim("sub"));
    }

    @Test
    void aSubWithALineBreakIsRefused() {
        assertRefused(TestTokens.with("sub", "alice\r\nadmin"), TokenAttacks.malformedClaim("sub"));
    }

    @Test
    void charactersOutsideTheAlphabetInsideTheSignatureAreRefused() {
        String valid = TestTokens.valid();
        String signature = valid.substring(valid.lastIndexOf('.') + 1);
        for (String stray : List.of("*", "!", "~", "%")) {
            String mutated = withSignature(valid, signature.substring(0, 100) + stray + signature.substring(100));
            assertRefused(mutated, TokenFailure.MALFORMED_TOKEN.description());
        }
    }

    @Test
    void aNonCanonicalLastSignatureCharacterIsRefused() {
        String valid = TestTokens.valid();
        String signature = valid.substring(valid.lastIndexOf('.') + 1);
        // 256 bytes are 342 characters: the last one carries 2 bits, its 4 low bits are unused.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char last = signature.charAt(signature.length() - 1);
        char sameBytes = alphabet.charAt(alphabet.indexOf(last) | 0x01);
        String mutated = withSignature(valid, signature.substring(0, signature.length() - 1) + sameBytes);
        long cached = cache.size();
        assertRefused(mutated, TokenFailure.MALFORMED_TOKEN.description());
        post("Bearer " + valid).statusCode(200);
        assertEquals(cached + 1, cache.size(), "only the valid spelling is cached");
    }

    @Test
    void aNonAsciiByteAfterTheTokenIsRefused() throws Exception {
        String token = TestTokens.valid();
        byte[] body = INITIALIZE.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write(("POST /mcp HTTP/1.1\r\nHost: localhost:" + endpoint.getPort() + "\r\n"
                + "Accept: application/json, text/event-stream\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\nAuthorization: Bearer " + token)
                .getBytes(StandardCharsets.US_ASCII));
        request.write("\u00e9".getBytes(StandardCharsets.UTF_8));
        request.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        request.write(body);
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
            assertTrue(answer.contains("\"error\":\"invalid_token\""), answer);
            assertTrue(answer.contains(TokenFailure.MALFORMED_TOKEN.description()), answer);
        }
    }

    @Test
    void anEncryptedTokenIsRefusedAsSuch() {
        // A compact JWE's five segments (RFC 7516 section 7.1); its contents do not matter here.
        String jwe = "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a2V5.aXY.Y2lwaGVydGV4dA.dGFn";
        assertRefused(jwe, TokenFailure.ENCRYPTED.description());
    }

    @Test
    void twoAuthorizationHeadersAreRefusedEvenWhenBothAreValid() {
        post("Bearer " + TestTokens.valid(), "Bearer " + TestTokens.valid()).statusCode(401)
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo(TokenFailure.TWO_AUTHORIZATION_HEADERS.description()));
    }

    @Test
    void severalSpacesAfterTheSchemeAreAllowed() {
        post("Bearer   " + TestTokens.valid()).statusCode(200);
    }

    @Test
    void aCriticalHeaderParameterIsRefused() {
        String token = TestTokens.signRaw("{\"alg\":\"RS256\",\"crit\":[\"exp\"],\"exp\":1}",
                TokenAttacks.json(TestTokens.claims()));
        assertRefused(token, "The token's header carries 'crit', which this server does not accept.");
    }

    @Test
    void aKidWithALineBreakIsRefused() {
        String token = TestTokens.signRaw("{\"alg\":\"RS256\",\"kid\":\"k1\\r\\nMARKER\"}",
                TokenAttacks.json(TestTokens.claims()));
        assertRefused(token, "The token's header 'kid' is malformed: it must be a string of 1 to "
                + JoseHeaderRules.MAX_KID_LENGTH + " characters without control characters.");
    }

    @Test
    void aGroupsClaimThatIsAnObjectIsRefusedByName() {
        assertRefused(TestTokens.with("groups", Map.of("admin", true)),
                "The token's 'groups' claim is malformed: it must be a string or an array of strings.");
    }

    @Test
    void anExpiryOfTenToThe300IsRefused() {
        assertRefused(TestTokens.with("exp", 1e300), TokenAttacks.malformedClaim("exp"));
    }

    @Test
    void anIatAYearAheadIsNotYetValid() {
        Map<String, Object> claims = TestTokens.claims();
        long yearAhead = System.currentTimeMillis() / 1000 + 365L * 24 * 3600;
        claims.put("iat", yearAhead);
        claims.put("exp", yearAhead + 3600);
        assertRefused(TestTokens.sign(claims), TokenFailure.NOT_YET_VALID.description());
    }

    @Test
    void anUnknownHeaderParameterIsIgnored() {
        post("Bearer " + TestTokens.signRaw("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"x-trace\":{\"a\":[1]}}",
                TokenAttacks.json(TestTokens.claims()))).statusCode(200);
    }
}
