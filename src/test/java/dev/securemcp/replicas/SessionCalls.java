package dev.securemcp.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One client session (2025-11-25) whose requests go to whichever replica each call names. */
final class SessionCalls {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final String token;
    private final String sessionId;
    private int nextId = 2;

    private SessionCalls(String token, String sessionId) {
        this.token = token;
        this.sessionId = sessionId;
    }

    /** initialize on {@code server}, then notifications/initialized on it. */
    static SessionCalls open(URI server, String token) throws IOException, InterruptedException {
        return open(server, token, "{}");
    }

    /** The same, declaring the client {@code capabilities} (a JSON object). */
    static SessionCalls open(URI server, String token, String capabilities) throws IOException, InterruptedException {
        HttpResponse<String> initialized = McpCalls.HTTP.send(post(server, token, null,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                        + "\"capabilities\":" + capabilities + ",\"clientInfo\":{\"name\":\"replicas-it\",\"version\":\"1\"}}}"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, initialized.statusCode(), initialized.body());
        SessionCalls session = new SessionCalls(token, initialized.headers().firstValue("Mcp-Session-Id").orElseThrow());
        HttpResponse<String> notified = McpCalls.HTTP.send(post(server, token, session.sessionId,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, notified.statusCode(), notified.body());
        return session;
    }

    String id() {
        return sessionId;
    }

    /** A request of this session; the answer as text (JSON or an SSE body). */
    HttpResponse<String> request(URI server, String method, String params) throws IOException, InterruptedException {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + nextId++ + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
        return McpCalls.HTTP.send(post(server, token, sessionId, body), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> callTool(URI server, String tool, String arguments) throws IOException, InterruptedException {
        return request(server, "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}");
    }

    /** A tools/call whose SSE answer is read as it comes (the server's requests first, the result last). */
    EventStream callToolStreaming(URI server, String tool, String arguments) throws IOException, InterruptedException {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":" + nextId++ + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
                + tool + "\",\"arguments\":" + arguments + "}}";
        return EventStream.open(post(server, token, sessionId, body));
    }

    /** The client's answer ({@code result}, a JSON object) to the server's request {@code id}. */
    HttpResponse<String> answer(URI server, String id, String result) throws IOException, InterruptedException {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"result\":" + result + "}";
        return McpCalls.HTTP.send(post(server, token, sessionId, body), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(URI server) throws IOException, InterruptedException {
        return McpCalls.HTTP.send(HttpRequest.newBuilder(server).timeout(TIMEOUT).DELETE()
                .header("Authorization", "Bearer " + token)
                .header("Mcp-Session-Id", sessionId)
                .header("MCP-Protocol-Version", "2025-11-25").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The same session's id under another caller's token. */
    SessionCalls as(String otherToken) {
        return new SessionCalls(otherToken, sessionId);
    }

    /** A GET of the session's standalone stream, with a Last-Event-ID when one is given. */
    EventStream stream(URI server, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder get = HttpRequest.newBuilder(server).GET()
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", sessionId)
                .header("MCP-Protocol-Version", "2025-11-25");
        if (lastEventId != null) {
            get.header("Last-Event-ID", lastEventId);
        }
        return EventStream.open(get.build());
    }

    private static HttpRequest post(URI server, String token, String sessionId, String body) {
        HttpRequest.Builder post = HttpRequest.newBuilder(server).timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream");
        if (sessionId != null) {
            post.header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", "2025-11-25");
        }
        return post.build();
    }
}
