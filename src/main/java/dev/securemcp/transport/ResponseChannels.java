package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;

/**
 * The one factory of the writers of /mcp, on the request's Vert.x context: a request's
 * {@link ResponseChannel}, a GET's {@link SseStream}, and every other answer ({@link HttpAnswer}).
 * Each writes straight to the connection through an {@link SseStream}; the {@code Uni<Response>} the
 * resource returns only says when, and always completes with null.
 */
@ApplicationScoped
class ResponseChannels {

    @Inject
    McpJson json;

    @Inject
    Vertx vertx;

    /**
     * @param preferStream answer as a stream even without earlier messages (a progress token)
     * @param sessionId set as Mcp-Session-Id on the answer, or null
     */
    ResponseChannel open(Incoming in, HttpServerResponse response, boolean preferStream, String sessionId) {
        return new ResponseChannel(stream(response), json, in.accepted(), preferStream, sessionId);
    }

    SseStream stream(HttpServerResponse response) {
        Context current = Vertx.currentContext();
        return new SseStream(response, current != null ? current : vertx.getOrCreateContext(), json);
    }

    /** Writes an answer outside a request's channel, on the request's context (from any thread). */
    Uni<Response> answer(HttpServerResponse response, HttpAnswer answer) {
        SseStream stream = stream(response);
        byte[] body = answer.body() == null ? null : json.write(answer.body());
        return Uni.createFrom().emitter(emitter -> StreamableHttp.onContext(stream.context(), emitter, () -> {
            stream.plain(answer.status(), body, answer.retryAfter());
            emitter.complete(null);
        }));
    }
}
