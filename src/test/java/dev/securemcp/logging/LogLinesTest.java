package dev.securemcp.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** With every relevant category at TRACE: no line holds a token; every line of a request holds its id. */
@QuarkusTest
@TestProfile(LogLinesTest.Verbose.class)
class LogLinesTest {

    public static class Verbose implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("quarkus.log.min-level", "TRACE"),
                    Map.entry("quarkus.log.level", "DEBUG"),
                    Map.entry("quarkus.log.console.level", "INFO"),
                    Map.entry("quarkus.log.category.\"io.smallrye.jwt\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"io.quarkus.smallrye.jwt\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"io.quarkus.security\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"io.quarkus.vertx.http\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"org.jose4j\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"io.quarkus.resteasy.reactive\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"org.jboss.resteasy.reactive\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"dev.securemcp\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"secure-mcp\".level", "TRACE"),
                    // The test's own HTTP client, not the server: it logs the headers it sends.
                    Map.entry("quarkus.log.category.\"org.apache.http\".level", "INFO"));
        }
    }

    private CapturedLog log;

    @BeforeEach
    void capture() {
        log = CapturedLog.install(ConsoleFilter.of());
    }

    @AfterEach
    void release() {
        log.uninstall();
    }

    @Test
    void noTokenAppearsInAnyLineAtAnyLevel() {
        String valid = TestTokens.valid();
        McpTestClient client = new McpTestClient(valid);
        client.initialize("2025-11-25").then().statusCode(200);
        client.callTool("greet", "{\"name\":\"" + valid + "\"}").then().statusCode(200);
        client.callTool("test_failing", "{}").then().statusCode(200);
        long past = System.currentTimeMillis() / 1000 - 7200;
        var claims = TestTokens.claims();
        claims.put("iat", past - 60);
        claims.put("exp", past);
        String expired = TestTokens.sign(claims);
        String otherKey = TestTokens.signedByOtherKey();
        String wrongAudience = TestTokens.with("aud", "someone-else");
        for (String rejected : List.of(expired, otherKey, wrongAudience, TestTokens.algNone(), TestTokens.hs256WithPublicKey())) {
            new McpTestClient(rejected).initialize("2025-11-25").then().statusCode(401);
        }
        io.restassured.RestAssured.given().header("Authorization", "Basic " + valid).body("{}").post("/mcp")
                .then().statusCode(401);

        List<CapturedLog.Line> lines = log.lines();
        assertTrue(lines.stream().anyMatch(l -> l.level().equals("DEBUG") || l.level().equals("TRACE")),
                "the profile must really log at debug and trace");
        assertTrue(lines.stream().anyMatch(l -> l.text().contains("<token>")),
                "no line needed redacting: this test no longer proves the filter works");
        for (String token : List.of(valid, expired, otherKey, wrongAudience)) {
            String signature = token.substring(token.lastIndexOf('.') + 1);
            for (CapturedLog.Line line : lines) {
                assertFalse(line.text().contains(signature), "a token in a " + line.level() + " line of "
                        + line.logger() + ": " + line.text());
            }
        }
    }

    @Test
    void aLineBreakInAClaimOrHeaderNeverStartsALineOfItsOwn() {
        String marker = "FORGED-LINE";
        String breaks = "\r\n" + marker + " \u2028" + marker;
        var claims = TestTokens.claims();
        claims.put("jti", "id" + breaks);
        claims.put("roles", List.of("reader" + breaks));
        claims.put("note", breaks);
        new McpTestClient(TestTokens.sign(claims)).initialize("2025-11-25").then().statusCode(200);
        new McpTestClient(TestTokens.with("iss", "https://evil.example" + breaks)).initialize("2025-11-25").then().statusCode(401);
        String kidHeader = "{\"alg\":\"RS256\",\"kid\":\"k" + breaks.replace("\r", "\\r").replace("\n", "\\n") + "\"}";
        new McpTestClient(TestTokens.signRaw(kidHeader, "{\"sub\":\"a\"}")).initialize("2025-11-25").then().statusCode(401);

        List<CapturedLog.Line> quoting = log.lines().stream().filter(l -> l.text().contains(marker)).toList();
        assertTrue(!quoting.isEmpty(), "no line quoted the claims: this test no longer proves anything");
        for (CapturedLog.Line line : quoting) {
            String text = line.text();
            assertFalse(text.contains("\n") || text.contains("\r") || text.contains("\u2028") || text.contains("\u2029"),
                    "a line break from a token in a line of " + line.logger() + ": " + text);
        }
    }

    @Test
    void everyLineOfARequestCarriesItsRequestId() {
        McpTestClient client = McpTestClient.connected();
        for (String[] call : new String[][] { { "greet", "{\"name\":\"A\"}" }, { "test_failing", "{}" },
                { "test_progress", "{}" } }) {
            long before = System.nanoTime();
            Response response = client.callTool(call[0], call[1]);
            long after = System.nanoTime();
            String id = response.header("X-Request-Id");
            assertTrue(id != null && !id.isEmpty());
            List<CapturedLog.Line> ours = log.lines().stream()
                    .filter(l -> l.nanos() >= before && l.nanos() <= after)
                    .filter(l -> l.logger().startsWith("dev.securemcp") || l.logger().startsWith("secure-mcp"))
                    .toList();
            assertTrue(ours.stream().anyMatch(l -> l.logger().equals("secure-mcp.access")), "no access-log line");
            for (CapturedLog.Line line : ours) {
                assertEquals(id, line.requestId(), "a line of request " + id + " without its id: " + line);
            }
        }
    }

    @Test
    void aRefusedTokenIsLoggedWithTheRequestId() {
        long before = System.nanoTime();
        Response response = new McpTestClient(TestTokens.signedByOtherKey()).request().body("{}").post("/mcp");
        response.then().statusCode(401);
        long after = System.nanoTime();
        String id = response.header("X-Request-Id");
        List<CapturedLog.Line> refusals = log.lines().stream()
                .filter(l -> l.nanos() >= before && l.nanos() <= after && l.text().startsWith("Rejected credentials"))
                .toList();
        assertEquals(1, refusals.size(), "one refusal line");
        assertEquals(id, refusals.get(0).requestId());
    }
}
