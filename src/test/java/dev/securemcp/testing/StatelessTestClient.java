package dev.securemcp.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Stateless (2026-07-28) requests over RestAssured: version and capabilities in each request's _meta. */
public final class StatelessTestClient {
    public static final String VERSION = "2026-07-28";
    public static final String ALL_CAPABILITIES = "{\"elicitation\":{},\"sampling\":{},\"roots\":{}}";

    private final String token;
    private String capabilities = ALL_CAPABILITIES;
    private int nextId = 1;

    public StatelessTestClient(String token) {
        this.token = token;
    }

    public static StatelessTestClient valid() {
        return new StatelessTestClient(TestTokens.valid());
    }

    /** The client capabilities declared from now on (a JSON object text). */
    public StatelessTestClient declaring(String capabilities) {
        this.capabilities = capabilities;
        return this;
    }

    /** {@code fields}: the params' other members as JSON text without braces, or empty. */
    public static String params(String meta, String fields) {
        return "{\"_meta\":" + meta + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    public String meta() {
        return "{\"io.modelcontextprotocol/protocolVersion\":\"" + VERSION + "\","
                + "\"io.modelcontextprotocol/clientCapabilities\":" + capabilities + "}";
    }

    /** A request with matching headers; {@code name} is the Mcp-Name header, or null. */
    public Response call(String method, String name, String fields) {
        return send(headers(method, name), method, params(meta(), fields));
    }

    public Response callTool(String tool, String fields) {
        return call("tools/call", tool, "\"name\":\"" + tool + "\"" + (fields.isEmpty() ? "" : "," + fields));
    }

    /** Sends {@code params} (JSON object text) as {@code method} with the given request spec. */
    public Response send(RequestSpecification spec, String method, String params) {
        return spec.body("{\"jsonrpc\":\"2.0\",\"id\":" + nextId++ + ",\"method\":\"" + method
                + "\",\"params\":" + params + "}").post("/mcp");
    }

    public RequestSpecification headers(String method, String name) {
        return headers(method, name, VERSION);
    }

    /** Headers naming {@code version} in MCP-Protocol-Version. */
    public RequestSpecification headers(String method, String name, String version) {
        RequestSpecification spec = given().header("Authorization", "Bearer " + token)
                .header("Accept", McpTestClient.ACCEPT)
                .header("MCP-Protocol-Version", version)
                .header("Mcp-Method", method)
                .contentType(ContentType.JSON);
        return name == null ? spec : spec.header("Mcp-Name", name);
    }
}
