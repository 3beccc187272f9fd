package dev.securemcp.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * The response on the connection: a text/event-stream, each JSON-RPC message one {@code message}
 * event, or a single JSON message. Writes are moved
 * onto the request's Vert.x context, so callers on any thread keep their order.
 */
final class SseStream implements StandaloneStream {
    private static final byte[] EVENT_PREFIX = "event: message\ndata: ".getBytes();
    private static final byte[] EVENT_SUFFIX = "\n\n".getBytes();
    private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("Content-Type");
    private static final CharSequence JSON = HttpHeaders.createOptimized(McpHeaders.JSON);
    private static final CharSequence CONTENT_LENGTH = HttpHeaders.createOptimized("content-length");
    private static final CharSequence RETRY_AFTER = HttpHeaders.createOptimized("Retry-After");
    private static final CharSequence WWW_AUTHENTICATE = HttpHeaders.createOptimized("WWW-Authenticate");

    private final HttpServerResponse response;
    private final Context context;
    private final McpJson json;
    private boolean open;

    SseStream(HttpServerResponse response, Context context, McpJson json) {
        this.response = response;
        this.context = context;
        this.json = json;
    }

    /** Sends the status line and headers; must run on the stream's context. */
    void open(String sessionId) {
        if (open) {
            return;
        }
        open = true;
        response.setStatusCode(200);
        response.putHeader("Content-Type", McpHeaders.EVENT_STREAM);
        response.putHeader("Cache-Control", "no-cache, no-transform");
        response.putHeader("X-Accel-Buffering", "no");
        if (sessionId != null) {
            response.putHeader(McpHeaders.SESSION_ID, sessionId);
        }
        response.setChunked(true);
        // An empty comment flushes the headers, so the client sees the stream open at once.
        response.write(": stream open\n\n");
    }

    /**
     * Answers with one JSON message instead of a stream; must run on the stream's context, before {@link #open}.
     *
     * @param sessionId set as Mcp-Session-Id, or null
     * @param challenge set as WWW-Authenticate, or null
     */
    void json(int status, byte[] message, String sessionId, String challenge) {
        response.setStatusCode(status);
        response.putHeader(CONTENT_TYPE, JSON);
        if (sessionId != null) {
            response.putHeader(McpHeaders.SESSION_ID, sessionId);
        }
        if (challenge != null) {
            response.putHeader(WWW_AUTHENTICATE, challenge);
        }
        response.end(Buffer.buffer(message));
    }

    /**
     * Answers with a status and a JSON body or none, outside a stream; must run on the stream's
     * context, before {@link #open}. Content-Length comes before Content-Type, then Retry-After.
     *
     * @param body the JSON bytes, or null for no body
     * @param retryAfter set as Retry-After, or null
     */
    void plain(int status, byte[] body, String retryAfter) {
        response.setStatusCode(status);
        if (body != null) {
            response.putHeader(CONTENT_LENGTH, Integer.toString(body.length));
            response.putHeader(CONTENT_TYPE, JSON);
        }
        if (retryAfter != null) {
            response.putHeader(RETRY_AFTER, retryAfter);
        }
        response.end(body == null ? Buffer.buffer() : Buffer.buffer(body));
    }

    boolean isOpen() {
        return open;
    }

    void send(ObjectNode message) {
        byte[] data = json.write(message);
        context.runOnContext(ignored -> write(null, data));
    }

    /** Sends a standalone stream's event: the stream's headers first, if they have not gone out. */
    @Override
    public void send(String eventId, ObjectNode message) {
        byte[] data = json.write(message);
        context.runOnContext(ignored -> {
            open(null);
            write(eventId, data);
        });
    }

    void comment(String text) {
        context.runOnContext(ignored -> {
            if (!response.ended() && !response.closed()) {
                response.write(": " + text + "\n\n");
            }
        });
    }

    @Override
    public void end() {
        context.runOnContext(ignored -> {
            if (!response.ended() && !response.closed()) {
                response.end();
            }
        });
    }

    void onClose(Runnable action) {
        response.closeHandler(ignored -> action.run());
        response.endHandler(ignored -> action.run());
    }

    private void write(String eventId, byte[] data) {
        if (response.ended() || response.closed()) {
            return;
        }
        Buffer event = Buffer.buffer(data.length + EVENT_PREFIX.length + EVENT_SUFFIX.length);
        if (eventId != null) {
            event.appendString("id: ").appendString(eventId).appendString("\n");
        }
        event.appendBytes(EVENT_PREFIX).appendBytes(data).appendBytes(EVENT_SUFFIX);
        response.write(event);
    }

    Context context() {
        return context;
    }
}
