package dev.securemcp.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The exchanges of the AOT training load, each the way a real client makes it, each checked: a
 * session (initialize, initialized, tools/list, tools/call greet, DELETE), a stateless 2026-07-28
 * tools/call, and a request with a token the server must refuse. Plain JDK (java.net.http) only.
 */
final class TrainingExchanges {
    private static final String ACCEPT = "application/json, text/event-stream";
    private static final String SESSION_VERSION = "2025-11-25";
    private static final String STATELESS_VERSION = "2026-07-28";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final String token;
    private final String refusedToken;

    TrainingExchanges(URI endpoint, String token, String refusedToken) {
        this.endpoint = endpoint;
        this.token = token;
        this.refusedToken = refusedToken;
    }

    /** A whole session with {@code calls} greets in it. */
    void session(String name, int calls) throws IOException, InterruptedException {
        HttpResponse<String> opened = send(post(token, null, "initialize", "{\"protocolVersion\":\""
                + SESSION_VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"aot-training\",\"version\":\"1\"}}"));
        expect(opened, 200, "\"protocolVersion\"");
        String session = opened.headers().firstValue("Mcp-Session-Id")
                .orElseThrow(() -> new TrainingFailure("initialize answered without an Mcp-Session-Id"));
        expect(send(notification(session)), 202, "");
        expect(send(post(token, session, "tools/list", "{}")), 200, "\"greet\"");
        for (int i = 0; i < calls; i++) {
            expect(send(post(token, session, "tools/call", greet(name, ""))), 200, "Hello, " + name);
        }
        HttpRequest close = request(token, session).header("MCP-Protocol-Version", SESSION_VERSION).DELETE().build();
        HttpResponse<String> closed = send(close);
        if (closed.statusCode() / 100 != 2) {
            throw new TrainingFailure("DELETE of the session answered " + closed.statusCode());
        }
    }

    /** One stateless (2026-07-28) greet: no session, version and capabilities in _meta. */
    void statelessGreet(String name) throws IOException, InterruptedException {
        String meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"" + STATELESS_VERSION
                + "\",\"io.modelcontextprotocol/clientCapabilities\":{}}";
        HttpRequest call = request(token, null).header("MCP-Protocol-Version", STATELESS_VERSION)
                .header("Mcp-Method", "tools/call").header("Mcp-Name", "greet")
                .POST(body("tools/call", greet(name, "," + meta))).build();
        expect(send(call), 200, "Hello, " + name);
    }

    /** An initialize with the token the server must refuse: 401. */
    void refusedToken() throws IOException, InterruptedException {
        HttpResponse<String> refused = send(post(refusedToken, null, "initialize", "{\"protocolVersion\":\""
                + SESSION_VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"aot-training\",\"version\":\"1\"}}"));
        if (refused.statusCode() != 401) {
            throw new TrainingFailure("a token the server must refuse was answered " + refused.statusCode());
        }
    }

    private static String greet(String name, String moreParams) {
        return "{\"name\":\"greet\",\"arguments\":{\"name\":\"" + name + "\"}" + moreParams + "}";
    }

    private HttpRequest post(String bearer, String session, String method, String params) {
        HttpRequest.Builder builder = request(bearer, session);
        if (session != null) {
            builder.header("MCP-Protocol-Version", SESSION_VERSION);
        }
        return builder.POST(body(method, params)).build();
    }

    private HttpRequest notification(String session) {
        return request(token, session).header("MCP-Protocol-Version", SESSION_VERSION)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"))
                .build();
    }

    private HttpRequest.Builder request(String bearer, String session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer).header("Accept", ACCEPT)
                .header("Content-Type", "application/json");
        return session == null ? builder : builder.header("Mcp-Session-Id", session);
    }

    private static HttpRequest.BodyPublisher body(String method, String params) {
        return HttpRequest.BodyPublishers.ofString(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status, String fragment) {
        if (response.statusCode() != status || !response.body().contains(fragment)) {
            String body = response.body();
            throw new TrainingFailure(response.request().method() + " answered " + response.statusCode()
                    + " where " + status + (fragment.isEmpty() ? "" : " with " + fragment) + " was expected: "
                    + body.substring(0, Math.min(200, body.length())));
        }
    }

    /** An answer that was not the expected one: the training stops, since its cache would be wrong. */
    static final class TrainingFailure extends RuntimeException {
        TrainingFailure(String message) {
            super(message);
        }
    }
}
