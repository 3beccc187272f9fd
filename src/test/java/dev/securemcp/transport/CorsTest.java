package dev.securemcp.transport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Browsers on an allowed origin (mcp.allowed-origins: localhost and 127.0.0.1, any port) reach /mcp. */
@QuarkusTest
class CorsTest {
    private static final String PAGE = "http://localhost:5173";
    private static final String FOREIGN = "http://evil.example";

    private static RequestSpecification preflight(String origin, String method, String headers) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers);
    }

    private static Matcher<String> listsAll(String... values) {
        @SuppressWarnings("unchecked")
        Matcher<String>[] each = new Matcher[values.length];
        for (int i = 0; i < values.length; i++) {
            each[i] = containsString(values[i]);
        }
        return allOf(each);
    }

    private static final Matcher<String> EXPOSES_MCP_HEADERS = listsAll("Mcp-Session-Id", "MCP-Protocol-Version",
            "WWW-Authenticate");

    @Test
    void preflightIsAnsweredWithoutATokenAndAllowsTheMcpMethods() {
        preflight(PAGE, "POST", "authorization,content-type").options("/mcp").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", PAGE)
                .header("Access-Control-Allow-Methods", listsAll("GET", "POST", "DELETE"));
    }

    @Test
    void preflightAllowsEveryHeaderAnMcpClientSends() {
        preflight(PAGE, "POST", "authorization,content-type,accept,mcp-session-id,mcp-protocol-version,"
                + "last-event-id,mcp-method,mcp-name").options("/mcp").then()
                .statusCode(200)
                .header("Access-Control-Allow-Headers", listsAll("Authorization", "Content-Type", "Accept",
                        "Mcp-Session-Id", "MCP-Protocol-Version", "Last-Event-ID", "Mcp-Method", "Mcp-Name"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:3000", "http://127.0.0.1:6274", "http://localhost" })
    void anEntryWithoutPortAllowsEveryPort(String origin) {
        preflight(origin, "DELETE", "mcp-session-id").options("/mcp").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", origin);
    }

    @Test
    void anAnswerToAnAllowedOriginCarriesTheOriginAndExposesTheSessionHeaders() {
        new McpTestClient(TestTokens.valid()).request().header("Origin", PAGE)
                .body("""
                        {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25",
                         "capabilities":{},"clientInfo":{"name":"browser","version":"1"}}}""")
                .post("/mcp").then()
                .statusCode(200)
                .header("Mcp-Session-Id", notNullValue())
                .header("Access-Control-Allow-Origin", PAGE)
                .header("Access-Control-Expose-Headers", EXPOSES_MCP_HEADERS);
    }

    @Test
    void a401ToAnAllowedOriginIsReadableWithItsChallenge() {
        given().header("Origin", PAGE).header("Accept", McpTestClient.ACCEPT).contentType("application/json")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")
                .post("/mcp").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("resource_metadata="))
                .header("Access-Control-Allow-Origin", PAGE)
                .header("Access-Control-Expose-Headers", EXPOSES_MCP_HEADERS);
    }

    @Test
    void aScope403ToAnAllowedOriginIsReadableWithItsChallenge() {
        McpTestClient client = McpTestClient.connected();
        client.session().header("Origin", PAGE)
                .body("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"test_admin\",\"arguments\":{}}}")
                .post("/mcp").then()
                .statusCode(403)
                .header("WWW-Authenticate", containsString("insufficient_scope"))
                .header("Access-Control-Allow-Origin", PAGE)
                .header("Access-Control-Expose-Headers", EXPOSES_MCP_HEADERS);
    }

    @Test
    void aTransportErrorToAnAllowedOriginIsReadable() {
        new McpTestClient(TestTokens.valid()).request().header("Origin", PAGE)
                .header("Mcp-Session-Id", "ended-long-ago").header("MCP-Protocol-Version", "2025-11-25")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")
                .post("/mcp").then()
                .statusCode(404)
                .header("Access-Control-Allow-Origin", PAGE)
                .header("Access-Control-Expose-Headers", EXPOSES_MCP_HEADERS);
    }

    @Test
    void aHost403ToAnAllowedOriginIsReadable() {
        new McpTestClient(TestTokens.valid()).request().header("Origin", PAGE).header("Host", "rebound.example")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")
                .post("/mcp").then()
                .statusCode(403)
                .body("error", equalTo("forbidden_host"))
                .header("Access-Control-Allow-Origin", PAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = { FOREIGN, "http://localhost.evil.example", "https://localhost:3000", "null" })
    void aForeignOriginGets403OnItsRequestWithAValidToken(String origin) {
        new McpTestClient(TestTokens.valid()).request().header("Origin", origin)
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}")
                .post("/mcp").then()
                .statusCode(403)
                .body("error", equalTo("forbidden_origin"))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aForeignOriginGets403OnItsPreflight() {
        preflight(FOREIGN, "POST", "authorization,content-type").options("/mcp").then()
                .statusCode(403)
                .body("error", equalTo("forbidden_origin"))
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp" })
    void theMetadataDocumentsAreReadableCrossOrigin(String path) {
        preflight(PAGE, "GET", "mcp-protocol-version").options(path).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", PAGE);
        given().header("Origin", PAGE).get(path).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", PAGE)
                .body("resource", not(equalTo(null)));
    }
}
