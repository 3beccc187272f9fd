package dev.securemcp.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A minimal MCP client over RestAssured for the HTTP tests: one token, one session. */
public final class McpTestClient {
    public static final String ACCEPT = "application/json, text/event-stream";

    private final String token;
    private String sessionId;
    private String version = "2025-11-25";
    private int nextId = 1;

    public McpTestClient(String token) {
        this.token = token;
    }

    public static McpTestClient connected() {
        McpTestClient client = new McpTestClient(TestTokens.valid());
        client.initialize("2025-11-25");
        return client;
    }

    /** One initialize POST with {@code token} and nothing after it: for tests about the token alone. */
    public static Response initializeWith(String token) {
        return new McpTestClient(token).request().body("""
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
                 "capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""").post("/mcp");
    }

    public Response initialize(String protocolVersion) {
        return initialize(protocolVersion, "{}");
    }

    /** initialize declaring {@code capabilities} (a JSON object text), then notifications/initialized. */
    public Response initialize(String protocolVersion, String capabilities) {
        Response response = request().body("""
                {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"%s",
                 "capabilities":%s,"clientInfo":{"name":"test","version":"1"}}}""".formatted(protocolVersion, capabilities))
                .post("/mcp");
        sessionId = response.header("Mcp-Session-Id");
        version = response.jsonPath().getString("result.protocolVersion");
        notify("notifications/initialized");
        return response;
    }

    public Response notify(String method) {
        return session().body("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"}").post("/mcp");
    }

    /** A request with the next id; {@code params} is a JSON object text. */
    public Response call(String method, String params) {
        return session().body("{\"jsonrpc\":\"2.0\",\"id\":" + nextId++ + ",\"method\":\"" + method
                + "\",\"params\":" + params + "}").post("/mcp");
    }

    public Response callTool(String name, String arguments) {
        return call("tools/call", "{\"name\":\"" + name + "\",\"arguments\":" + arguments + "}");
    }

    /** A request with the session's headers, for tests that send their own body. */
    public RequestSpecification session() {
        RequestSpecification spec = request();
        if (sessionId != null) {
            spec = spec.header("Mcp-Session-Id", sessionId);
        }
        return version == null ? spec : spec.header("MCP-Protocol-Version", version);
    }

    public RequestSpecification request() {
        return given().header("Authorization", "Bearer " + token)
                .header("Accept", ACCEPT)
                .contentType(ContentType.JSON);
    }

    public String token() {
        return token;
    }

    public String version() {
        return version;
    }

    public String sessionId() {
        return sessionId;
    }
}
