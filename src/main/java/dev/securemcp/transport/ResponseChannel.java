package dev.securemcp.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.MessageSink;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.ws.rs.core.Response;

/**
 * How one POSTed request is answered. "If the input is a JSON-RPC request, the server MUST either
 * return Content-Type: text/event-stream, to initiate an SSE stream, or Content-Type:
 * application/json, to return one JSON object." It stays a plain JSON answer until a message
 * must go out before the result; then it becomes an SSE stream, and the result is its last event.
 */
final class ResponseChannel implements MessageSink {
    private final SseStream stream;
    private final Context context;
    private final McpJson json;
    private final AcceptedTypes accepted;
    private final boolean preferStream;
    private final String sessionId;
    private volatile boolean sentBefore;

    /**
     * @param preferStream answer as a stream even without earlier messages (a progress token)
     * @param sessionId set as Mcp-Session-Id on the answer, or null
     */
    ResponseChannel(SseStream stream, McpJson json, AcceptedTypes accepted, boolean preferStream,
            String sessionId) {
        this.stream = stream;
        this.context = stream.context();
        this.json = json;
        this.accepted = accepted;
        this.preferStream = preferStream;
        this.sessionId = sessionId;
    }

    @Override
    public void send(ObjectNode message) {
        if (!accepted.eventStream()) {
            return;
        }
        sentBefore = true;
        context.runOnContext(ignored -> stream.open(sessionId));
        stream.send(message);
    }

    @Override
    public boolean carriesRequests() {
        return accepted.eventStream();
    }

    /**
     * Answers with the final message. Runs on the request's context after every message sent
     * before it, so the stream-or-JSON decision sees them all. Emits null: the answer is written
     * straight to the connection, as JSON or as the stream's last event.
     */
    Uni<Response> finish(ObjectNode message) {
        return Uni.createFrom().emitter(emitter -> finish(message, emitter));
    }

    /** The same, into the request's own emitter: no Uni of its own on the tools/call path. */
    void finish(ObjectNode message, UniEmitter<? super Response> emitter) {
        if (!sentBefore && Vertx.currentContext() == context && !streams()) {
            // A plain JSON answer, nothing queued before it, on the request's own context: answer now.
            emitter.complete(answer(message));
            return;
        }
        context.runOnContext(ignored -> {
            try {
                emitter.complete(answer(message));
            } catch (RuntimeException unwritable) {
                emitter.fail(unwritable);
            }
        });
    }

    /** Whether the answer is an event stream; must run on the request's context. */
    private boolean streams() {
        return stream.isOpen() || (preferStream && accepted.eventStream()) || !accepted.json();
    }

    /** Must run on the request's context; writes the answer itself, so always null. */
    private Response answer(ObjectNode message) {
        if (streams()) {
            stream.open(sessionId);
            stream.send(message);
            stream.end();
            return null;
        }
        // Straight to the connection: a JAX-RS Response would look up a body writer and build a
        // header map for each answer, a visible share of the request's CPU in the profile.
        stream.json(200, json.write(message), sessionId, null);
        return null;
    }

    /**
     * Answers with the final message under a status of its own (a 403 with its step-up
     * {@code challenge}, a stateless 404 or 400) as plain JSON, unless the answer is already
     * streaming: then the message is the stream's last event, as {@link #finish(ObjectNode)} sends it.
     *
     * @param challenge the WWW-Authenticate header's value, or null
     */
    void finish(int status, ObjectNode message, String challenge, UniEmitter<? super Response> emitter) {
        context.runOnContext(ignored -> {
            try {
                if (stream.isOpen()) {
                    emitter.complete(answer(message));
                } else {
                    stream.json(status, json.write(message), sessionId, challenge);
                    emitter.complete(null);
                }
            } catch (RuntimeException unwritable) {
                emitter.fail(unwritable);
            }
        });
    }

    Context context() {
        return context;
    }
}
