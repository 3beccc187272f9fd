package dev.securemcp.cli.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.cli.CliException;
import dev.securemcp.cli.ExitCodes;
import dev.securemcp.protocol.ProtocolVersion;

/**
 * An MCP client over Streamable HTTP: initialize with version negotiation, the session id and
 * protocol version on every later request, tools/list across pages, tools/call, DELETE at the end.
 * A 401 is retried once with renewed credentials, a 403 insufficient_scope once per run with
 * stepped-up ones; a server's elicitation is answered; a broken event stream is resumed.
 */
public final class McpClient implements AutoCloseable {
    private static final String CLIENT_NAME = "secure-mcp-cli";

    private final StreamableHttp http;
    private final Credentials credentials;
    private final ExchangeLog log;
    private final EventStreams streams;
    private volatile String token;
    private volatile StreamableHttp.Session session = new StreamableHttp.Session(null, null);
    private boolean steppedUp;
    private EventStreams.Listening listening;
    private int nextId = 1;

    public McpClient(URI server, Credentials credentials, ExchangeLog log, Consumer<JsonNode> notifications,
            ElicitationAnswers elicitation) {
        this.http = new StreamableHttp(server, log);
        this.credentials = credentials;
        this.log = log;
        this.streams = new EventStreams(http, log, notifications, elicitation, this::answerServer);
    }

    /** initialize, then notifications/initialized. */
    public JsonNode open() {
        ObjectNode params = CliJson.mapper().createObjectNode().put("protocolVersion", ProtocolVersion.LATEST.wire());
        // An empty elicitation capability is form mode (2025-11-25 "Capabilities").
        params.putObject("capabilities").putObject("elicitation");
        params.putObject("clientInfo").put("name", CLIENT_NAME).put("version", "1");
        token = credentials.current();
        HttpResponse<InputStream>[] answer = new HttpResponse[1];
        JsonNode result = request("initialize", params, answer);
        String offered = result.path("protocolVersion").asText("");
        if (ProtocolVersion.fromWire(offered).isEmpty()) {
            throw new CliException(ExitCodes.ERROR_ANSWER, "The server speaks MCP "
                    + (offered.isBlank() ? "of no stated version" : offered) + ", which this client does not support.");
        }
        session = new StreamableHttp.Session(answer[0].headers().firstValue(StreamableHttp.SESSION_ID).orElse(null), offered);
        post(message(null, "notifications/initialized", null), null);
        if (session.id() != null) {
            listening = streams.listen(session, token);
        }
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
            JsonNode page = request("tools/list", params, null);
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
        return request("tools/call", params, null);
    }

    /** Ends the session (DELETE); a failure here changes nothing for the user. */
    @Override
    public void close() {
        if (listening != null) {
            listening.close();
        }
        if (session.id() == null) {
            return;
        }
        try {
            StreamableHttp.text(http.delete(session, token).body());
        } catch (IOException | RuntimeException ignored) {
            // the session expires on the server anyway
        } finally {
            session = new StreamableHttp.Session(null, session.protocolVersion());
        }
    }

    private JsonNode request(String method, ObjectNode params, HttpResponse<InputStream>[] answerOut) {
        int id = nextId++;
        JsonNode answer = post(message(id, method, params), answerOut);
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
    private JsonNode post(ObjectNode message, HttpResponse<InputStream>[] answerOut) {
        boolean renewed = false;
        while (true) {
            HttpResponse<InputStream> answer;
            try {
                answer = http.post(message.toString(), session, token);
            } catch (IOException failed) {
                throw AnswerFailures.unreachable(http.server().toString(), failed);
            }
            int status = answer.statusCode();
            if (status >= 400) {
                String wwwAuthenticate = answer.headers().firstValue("WWW-Authenticate").orElse(null);
                String text = bodyText(answer);
                Challenge challenge = Challenge.parse(wwwAuthenticate);
                String retryWith = null;
                if (status == 401 && !renewed) {
                    renewed = true;
                    retryWith = credentials.renew(challenge);
                } else if (status == 403 && challenge.insufficientScope() && !steppedUp) {
                    steppedUp = true;
                    retryWith = credentials.stepUp(challenge);
                }
                if (retryWith != null) {
                    token = retryWith;
                    continue;
                }
                throw AnswerFailures.status(status, wwwAuthenticate, text, credentials);
            }
            if (answerOut != null) {
                answerOut[0] = answer;
            }
            try {
                if (status == 202 || !message.has("id") || !message.has("method")) {
                    StreamableHttp.text(answer.body());
                    return null;
                }
                String type = answer.headers().firstValue("Content-Type").orElse("");
                return type.startsWith("text/event-stream") ? streams.response(answer.body(), message.get("id"), session, token)
                        : parse(logged(StreamableHttp.text(answer.body())));
            } catch (IOException broken) {
                throw AnswerFailures.unreachable(http.server().toString(), broken);
            }
        }
    }

    /** Sends the client's answer to a server request that came on a stream (from the standalone stream's thread too). */
    private void answerServer(ObjectNode response) {
        try {
            StreamableHttp.text(http.post(response.toString(), session, token).body());
        } catch (IOException failed) {
            throw AnswerFailures.unreachable(http.server().toString(), failed);
        }
    }

    private String bodyText(HttpResponse<InputStream> answer) {
        try {
            return logged(StreamableHttp.text(answer.body()));
        } catch (IOException unreadable) {
            return "";
        }
    }

    private String logged(String text) {
        log.body(text);
        return text;
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

    static JsonNode parse(String text) {
        try {
            return CliJson.mapper().readTree(text);
        } catch (IOException notJson) {
            throw AnswerFailures.malformed("a message is not JSON");
        }
    }
}
