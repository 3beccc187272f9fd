package dev.securemcp.cli.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.cli.CliException;
import dev.securemcp.cli.ExitCodes;
import dev.securemcp.protocol.ProtocolVersion;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * An MCP client over Streamable HTTP: initialize with version negotiation, the session id and
 * protocol version on every later request, tools/list across pages, tools/call, DELETE at the end.
 * A 401 is retried once with a fresh token.
 */
public final class McpClient implements AutoCloseable {
    private static final String CLIENT_NAME = "secure-mcp-cli";

    private final String url;
    private final McpHttp http;
    private final ResponseCapture capture = new ResponseCapture();
    private final TokenSource tokens;
    private final ExchangeLog log;
    private final Consumer<JsonNode> notifications;
    private String sessionId;
    private String protocolVersion;
    private int nextId = 1;

    public McpClient(URI server, TokenSource tokens, ExchangeLog log, Consumer<JsonNode> notifications) {
        this.url = server.toString();
        this.tokens = tokens;
        this.log = log;
        this.notifications = notifications;
        this.http = QuarkusRestClientBuilder.newBuilder()
                .baseUri(server)
                .register(capture)
                .disableDefaultMapper(true)
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.MINUTES)
                .build(McpHttp.class);
    }

    /** initialize, then notifications/initialized. */
    public JsonNode open() {
        ObjectNode params = CliJson.mapper().createObjectNode().put("protocolVersion", ProtocolVersion.LATEST.wire());
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", CLIENT_NAME).put("version", "1");
        JsonNode result = request("initialize", params);
        String offered = result.path("protocolVersion").asText("");
        if (ProtocolVersion.fromWire(offered).isEmpty()) {
            throw new CliException(ExitCodes.ERROR_ANSWER, "The server speaks MCP "
                    + (offered.isBlank() ? "of no stated version" : offered) + ", which this client does not support.");
        }
        protocolVersion = offered;
        sessionId = capture.header(McpHttp.SESSION_ID);
        post(message(null, "notifications/initialized", null), "notifications/initialized", true);
        return result;
    }

    /** Every tool this token may use, following nextCursor. */
    public List<JsonNode> listTools() {
        List<JsonNode> tools = new ArrayList<>();
        String cursor = null;
        do {
            ObjectNode params = CliJson.mapper().createObjectNode();
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            JsonNode page = request("tools/list", params);
            page.path("tools").forEach(tools::add);
            String next = page.path("nextCursor").asText(null);
            cursor = next == null || next.isEmpty() || next.equals(cursor) ? null : next;
        } while (cursor != null);
        return tools;
    }

    /** The tools/call result; {@code isError} results are returned, not thrown. */
    public JsonNode callTool(String name, ObjectNode arguments) {
        ObjectNode params = CliJson.mapper().createObjectNode().put("name", name);
        params.set("arguments", arguments);
        params.putObject("_meta").put("progressToken", "cli-" + nextId);
        return request("tools/call", params);
    }

    /** Ends the session (DELETE); a failure here changes nothing for the user. */
    @Override
    public void close() {
        try {
            if (sessionId != null) {
                String authorization = "Bearer " + tokens.current();
                log.request("DELETE", url, headers(authorization), null);
                capture.reset();
                try (InputStream ignored = http.delete(authorization, sessionId, protocolVersion)) {
                    log.response(capture.status(), capture.headers());
                }
            }
        } catch (RuntimeException | IOException ignored) {
            // the session expires on the server anyway
        } finally {
            sessionId = null;
            if (http instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private JsonNode request(String method, ObjectNode params) {
        int id = nextId++;
        JsonNode answer = post(message(id, method, params), method, true);
        if (answer == null) {
            throw AnswerFailures.malformed("no answer to " + method);
        }
        if (answer.has("error")) {
            throw AnswerFailures.rpcError(method, answer.get("error"));
        }
        if (!answer.path("result").isObject()) {
            throw AnswerFailures.malformed("the answer to " + method + " has no result");
        }
        return answer.get("result");
    }

    /** POSTs one message; returns the JSON-RPC response (null for an accepted notification). */
    private JsonNode post(ObjectNode message, String method, boolean mayRetry) {
        String authorization = "Bearer " + (mayRetry ? tokens.current() : tokens.fresh());
        String body = message.toString();
        log.request("POST", url, headers(authorization), body);
        capture.reset();
        InputStream stream;
        try {
            stream = http.post(authorization, sessionId, protocolVersion, body);
        } catch (WebApplicationException refused) {
            Response answer = refused.getResponse();
            String text = entityText(answer);
            log.response(answer.getStatus(), capture.headers());
            log.body(text);
            if (answer.getStatus() == 401 && mayRetry) {
                return post(message, method, false);
            }
            throw AnswerFailures.status(answer.getStatus(), answer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE), text);
        } catch (ProcessingException failed) {
            throw AnswerFailures.unreachable(url, failed);
        }
        int status = capture.status();
        log.response(status, capture.headers());
        try (InputStream in = stream) {
            if (status == 202 || !message.has("id")) {
                return null;
            }
            String type = String.valueOf(capture.header(HttpHeaders.CONTENT_TYPE));
            return type.startsWith("text/event-stream") ? fromStream(in, message.get("id")) : fromJson(in);
        } catch (IOException | ProcessingException broken) {
            throw AnswerFailures.unreachable(url, broken);
        }
    }

    private static String entityText(Response answer) {
        try {
            return answer.hasEntity() ? answer.readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private JsonNode fromJson(InputStream in) throws IOException {
        String text = text(in);
        log.body(text);
        return parse(text);
    }

    /** Events arrive one by one: notifications are shown at once, the response ends the stream. */
    private JsonNode fromStream(InputStream in, JsonNode id) throws IOException {
        JsonNode[] response = new JsonNode[1];
        SseReader.read(in, data -> {
            JsonNode event = parse(data);
            if (event.has("method") && !event.has("id")) {
                notifications.accept(event);
            } else if (id.equals(event.get("id")) && (event.has("result") || event.has("error"))) {
                response[0] = event;
            }
        }, log::body);
        if (response[0] == null) {
            throw AnswerFailures.malformed("the event stream ended without a response");
        }
        return response[0];
    }

    private Map<String, String> headers(String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        headers.put(McpHttp.SESSION_ID, sessionId);
        headers.put(McpHttp.PROTOCOL_VERSION, protocolVersion);
        return headers;
    }

    private static ObjectNode message(Integer id, String method, ObjectNode params) {
        ObjectNode message = CliJson.mapper().createObjectNode().put("jsonrpc", "2.0");
        if (id != null) {
            message.put("id", id);
        }
        message.put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        return message;
    }

    private static JsonNode parse(String text) {
        try {
            return CliJson.mapper().readTree(text);
        } catch (IOException notJson) {
            throw AnswerFailures.malformed("a message is not JSON");
        }
    }

    private static String text(InputStream in) throws IOException {
        return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
