package dev.securemcp.cli.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP side of Streamable HTTP: POST one message, GET a stream to resume, DELETE the session.
 * Answers are streams, so the events of a {@code text/event-stream} answer can be read as they
 * arrive while further requests (the answer to an elicitation) go out beside them.
 */
final class StreamableHttp {
    static final String SESSION_ID = "Mcp-Session-Id";
    static final String PROTOCOL_VERSION = "MCP-Protocol-Version";
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(5);

    private final URI server;
    private final HttpClient http;
    private final ExchangeLog log;

    StreamableHttp(URI server, ExchangeLog log) {
        this.server = server;
        this.log = log;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    URI server() {
        return server;
    }

    HttpResponse<InputStream> post(String body, Session session, String token) throws IOException {
        Map<String, String> headers = headers(session, token);
        headers.put("Accept", "application/json, text/event-stream");
        headers.put("Content-Type", "application/json");
        return send("POST", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), headers, body);
    }

    /**
     * Resumes a broken stream (the 2025-11-25 transport's "Resumability and Redelivery"), or with
     * no {@code lastEventId} opens the standalone one ("Listening for Messages from the Server").
     */
    HttpResponse<InputStream> resume(String lastEventId, Session session, String token) throws IOException {
        Map<String, String> headers = headers(session, token);
        headers.put("Accept", "text/event-stream");
        headers.put("Last-Event-ID", lastEventId);
        return send("GET", HttpRequest.BodyPublishers.noBody(), headers, null);
    }

    HttpResponse<InputStream> delete(Session session, String token) throws IOException {
        return send("DELETE", HttpRequest.BodyPublishers.noBody(), headers(session, token), null);
    }

    private HttpResponse<InputStream> send(String method, HttpRequest.BodyPublisher publisher, Map<String, String> headers,
            String body) throws IOException {
        log.request(method, server.toString(), headers, body);
        HttpRequest.Builder request = HttpRequest.newBuilder(server).timeout(ANSWER_TIMEOUT).method(method, publisher);
        headers.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<InputStream> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            log.response(answer.statusCode(), answer.headers().map());
            return answer;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }

    private static Map<String, String> headers(Session session, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", token == null ? null : "Bearer " + token);
        headers.put(SESSION_ID, session.id());
        headers.put(PROTOCOL_VERSION, session.protocolVersion());
        return headers;
    }

    /** The session id and protocol version a request carries, each null before initialize. */
    record Session(String id, String protocolVersion) {
    }

    static String text(InputStream in) throws IOException {
        try (InputStream stream = in) {
            return stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
