package dev.securemcp.cli.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the event stream that answers one request: notifications are shown at once, server
 * requests (elicitation, ping) are answered, the response ends the reading. A stream that ends
 * before the response is resumed with GET and {@code Last-Event-ID} after the server's
 * {@code retry} delay.
 */
final class EventStreams {
    /**
     * "If no retry value was sent, the client SHOULD use a default" (2025-11-25 transport, SSE
     * polling): one second, as browsers do.
     */
    private static final long DEFAULT_RETRY_MILLIS = 1000;
    private static final int MAX_RESUMPTIONS = 5;

    private final StreamableHttp http;
    private final ExchangeLog log;
    private final Consumer<JsonNode> notifications;
    private final ElicitationAnswers elicitation;
    private final Consumer<ObjectNode> answerServer;

    EventStreams(StreamableHttp http, ExchangeLog log, Consumer<JsonNode> notifications, ElicitationAnswers elicitation,
            Consumer<ObjectNode> answerServer) {
        this.http = http;
        this.log = log;
        this.notifications = notifications;
        this.elicitation = elicitation;
        this.answerServer = answerServer;
    }

    /** The response with {@code id}, from this stream or the streams that resume it. */
    JsonNode response(InputStream first, JsonNode id, StreamableHttp.Session session, String token) throws IOException {
        Reading reading = new Reading(id);
        InputStream stream = first;
        for (int resumed = 0;; resumed++) {
            try (InputStream in = stream) {
                SseReader.read(in, reading::take, log::body);
            }
            if (reading.response != null) {
                return reading.response;
            }
            if (reading.lastEventId == null || resumed == MAX_RESUMPTIONS) {
                throw AnswerFailures.malformed("the event stream ended without a response");
            }
            sleep(reading.retryMillis == null ? DEFAULT_RETRY_MILLIS : reading.retryMillis);
            HttpResponse<InputStream> again = http.resume(reading.lastEventId, session, token);
            if (again.statusCode() != 200) {
                StreamableHttp.text(again.body());
                throw AnswerFailures.malformed("the event stream ended without a response, and resuming it got HTTP "
                        + again.statusCode());
            }
            stream = again.body();
        }
    }

    /**
     * Opens the standalone stream (GET) on which a server sends requests and notifications that
     * belong to no request of the client, read on a daemon thread until {@link Listening#close()}.
     * A server without one (405, or any other answer) is left alone.
     */
    Listening listen(StreamableHttp.Session session, String token) {
        Listening listening = new Listening();
        HttpResponse<InputStream> answer;
        try {
            // Opened before the next request goes out, so the server knows of it by then.
            answer = http.resume(null, session, token);
            if (answer.statusCode() != 200) {
                answer.body().close();
                return listening;
            }
        } catch (IOException | RuntimeException none) {
            return listening;
        }
        listening.stream = answer.body();
        Thread reader = new Thread(() -> {
            try {
                SseReader.read(answer.body(), new Reading(null)::take, log::body);
            } catch (IOException | RuntimeException ended) {
                // the stream ended: requests then come on the POST streams
            }
        }, "mcp-standalone-stream");
        reader.setDaemon(true);
        reader.start();
        return listening;
    }

    /** The open standalone stream. */
    static final class Listening implements AutoCloseable {
        private volatile InputStream stream;

        @Override
        public void close() {
            try {
                if (stream != null) {
                    stream.close();
                }
            } catch (IOException ignored) {
                // closing is all that is wanted
            }
        }
    }

    private final class Reading {
        private final JsonNode id;
        private JsonNode response;
        private String lastEventId;
        private Long retryMillis;

        Reading(JsonNode id) {
            this.id = id;
        }

        /** False once the response is here. */
        boolean take(SseReader.Event event) throws IOException {
            lastEventId = event.lastEventId();
            retryMillis = event.retryMillis();
            if (event.data().isBlank()) {
                // a priming event: only its id and retry count
                return true;
            }
            JsonNode message = McpClient.parse(event.data());
            if (message.has("method") && message.has("id")) {
                answerServer.accept(answer(message));
            } else if (message.has("method")) {
                notifications.accept(message);
            } else if (id != null && id.equals(message.get("id")) && (message.has("result") || message.has("error"))) {
                response = message;
                return false;
            }
            return true;
        }
    }

    private ObjectNode answer(JsonNode request) throws IOException {
        ObjectNode response = CliJson.mapper().createObjectNode().put("jsonrpc", "2.0");
        response.set("id", request.get("id"));
        switch (request.path("method").asText()) {
            case "elicitation/create" -> response.set("result", elicitation.answer(request.path("params")));
            case "ping" -> response.putObject("result");
            default -> response.putObject("error").put("code", -32601)
                    .put("message", "This client does not support " + request.path("method").asText());
        }
        return response;
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }
}
