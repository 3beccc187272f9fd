package dev.securemcp.transport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One test per Streamable HTTP rule. Rerun on the jar by TransportRulesIT. */
@QuarkusTest
class TransportRulesTest {

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void unknownSessionIs404() {
        McpTestClient client = McpTestClient.connected();
        client.request().header("Mcp-Session-Id", "no-such-session")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(404).body("error.code", equalTo(-32001));
    }

    @Test
    void missingSessionAfterInitializeIs400() {
        McpTestClient.connected().request()
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}").post("/mcp")
                .then().statusCode(400).body("error.code", equalTo(-32600))
                .body("error.message", containsString("Mcp-Session-Id"));
    }

    @Test
    void anotherSubjectsSessionIs404() {
        McpTestClient owner = McpTestClient.connected();
        new McpTestClient(TestTokens.with("sub", "mallory@example.org")).request()
                .header("Mcp-Session-Id", owner.sessionId())
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(404);
        owner.call("ping", "{}").then().statusCode(200);
    }

    @Test
    void foreignOriginIs403WithAToken() {
        McpTestClient.connected().session().header("Origin", "https://evil.example")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(403).body("error", equalTo("forbidden_origin"));
    }

    @Test
    void foreignOriginIs403WithoutAToken() {
        given().header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(403).body("error", equalTo("forbidden_origin"));
    }

    @Test
    void localhostOriginOnAnyPortIsAllowed() {
        McpTestClient.connected().session().header("Origin", "http://localhost:5173")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(200);
    }

    @Test
    void foreignHostIs403() {
        McpTestClient.connected().session().header("Host", "attacker.example")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(403).body("error", equalTo("forbidden_host"));
    }

    // The server refuses an oversized body as soon as it sees its length and closes the connection; a client
    // still writing the body would see a broken pipe instead of the answer, so this one asks first (100-continue).
    @Test
    void bodyOverTheLimitIs413() throws Exception {
        McpTestClient client = McpTestClient.connected();
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\"" + "x".repeat(1_100_000) + "\"}}";
        HttpRequest post = HttpRequest.newBuilder(mcp)
                .header("Authorization", "Bearer " + TestTokens.valid())
                .header("Accept", "application/json, text/event-stream")
                .header("Content-Type", "application/json")
                .header("Mcp-Session-Id", client.sessionId())
                .expectContinue(true)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(big)).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(post, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
    }

    @Test
    void notificationIs202WithoutBody() {
        McpTestClient.connected().notify("notifications/cancelled").then().statusCode(202).body(emptyString());
    }

    @Test
    void clientResponseIs202WithoutBody() {
        McpTestClient.connected().session().body("{\"jsonrpc\":\"2.0\",\"id\":\"s-1\",\"result\":{}}").post("/mcp")
                .then().statusCode(202).body(emptyString());
    }

    @Test
    void getOpensAnEventStream() throws Exception {
        McpTestClient client = McpTestClient.connected();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(mcp)
                .header("Authorization", "Bearer " + TestTokens.valid())
                .header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", client.sessionId())
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<java.io.InputStream> response = http.send(get, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals(200, response.statusCode(), () -> { try { return new String(response.body().readAllBytes()); } catch (Exception e) { return "?"; } });
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            assertTrue(lines.readLine().startsWith(":"), "the stream opens with a comment line");
        }
    }

    @Test
    void getWithoutEventStreamInAcceptIs406() {
        McpTestClient client = McpTestClient.connected();
        given().header("Authorization", "Bearer " + TestTokens.valid()).header("Accept", "application/json")
                .header("Mcp-Session-Id", client.sessionId()).get("/mcp").then().statusCode(406);
    }

    @Test
    void deleteEndsTheSessionThenItIs404() {
        McpTestClient client = McpTestClient.connected();
        client.session().delete("/mcp").then().statusCode(204);
        client.call("ping", "{}").then().statusCode(404);
    }

    @Test
    void parseErrorAnswersIdNull() {
        McpTestClient.connected().session().body("{\"jsonrpc\":\"2.0\",\"id\":1,").post("/mcp")
                .then().statusCode(400)
                .body("error.code", equalTo(-32700))
                .body("id", nullValue())
                .body("$", org.hamcrest.Matchers.hasKey("id"));
    }

    @Test
    void invalidRequestIs32600() {
        McpTestClient.connected().session().body("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(400).body("error.code", equalTo(-32600));
    }

    @Test
    void unknownMethodIs32601() {
        McpTestClient.connected().call("no/such/method", "{}").then()
                .statusCode(200).body("error.code", equalTo(-32601));
    }

    @Test
    void unknownToolIs32602() {
        McpTestClient.connected().callTool("no_such_tool", "{}").then()
                .statusCode(200).body("error.code", equalTo(-32602))
                .body("error.message", containsString("no_such_tool"));
    }

    @Test
    void greetWithoutNameIsAnErrorResult() {
        McpTestClient.connected().callTool("greet", "{}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content[0].text", equalTo("Missing required argument 'name'."));
    }

    @Test
    void greetWithANumberForNameIsAnErrorResult() {
        McpTestClient.connected().callTool("greet", "{\"name\":42}").then()
                .body("result.isError", equalTo(true))
                .body("result.content[0].text", equalTo("'name' must be a string."));
    }

    @Test
    void forgedCursorIs32602() {
        McpTestClient.connected().call("tools/list", "{\"cursor\":\"Zm9yZ2VkOjk5\"}").then()
                .body("error.code", equalTo(-32602));
    }

    @Test
    void unsupportedProtocolVersionHeaderIs400() {
        McpTestClient client = McpTestClient.connected();
        client.request().header("Mcp-Session-Id", client.sessionId()).header("MCP-Protocol-Version", "1999-01-01")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(400).body("error.message", containsString("MCP-Protocol-Version"));
    }

    @Test
    void acceptWithNeitherJsonNorStreamIs406() {
        McpTestClient.connected().session().header("Accept", "text/html")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(406);
    }

    @Test
    void bodyThatIsNotJsonMediaTypeIs415() {
        McpTestClient.connected().session().contentType("text/plain")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp")
                .then().statusCode(415);
    }

    @Test
    void batchIsRefusedOutsideA20250326Session() {
        McpTestClient.connected().session().body("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]").post("/mcp")
                .then().statusCode(400).body("error.code", equalTo(-32600));
    }

    @Test
    void batchIsAnsweredWithAnArrayInA20250326Session() {
        McpTestClient client = new McpTestClient(TestTokens.valid());
        client.initialize("2025-03-26");
        client.session().body("""
                [{"jsonrpc":"2.0","id":1,"method":"ping"},
                 {"jsonrpc":"2.0","method":"notifications/initialized"},
                 {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"greet","arguments":{"name":"Batch"}}}]""")
                .post("/mcp").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("find { it.id == 2 }.result.content[0].text", equalTo("Hello, Batch! Your userid is hello@world.com."));
    }

    @Test
    void tooDeepJsonIsAParseError() {
        String deep = "[".repeat(200) + "]".repeat(200);
        McpTestClient.connected().session().body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":" + deep + "}}")
                .post("/mcp").then().statusCode(400).body("error.code", equalTo(-32700))
                .body(not(containsString("Exception")));
    }

    @Test
    void anotherHttpMethodIs405WithAJsonBody() {
        McpTestClient.connected().session().body("{}").put("/mcp").then()
                .statusCode(405)
                .contentType(containsString("application/json"))
                .body("error", equalTo("method_not_allowed"))
                .body(not(containsString("Exception")));
    }
}
