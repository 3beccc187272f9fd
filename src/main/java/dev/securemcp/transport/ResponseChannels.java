package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;

/** The one factory of {@link ResponseChannel}s and {@link SseStream}s, on the request's Vert.x context. */
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
}
