package dev.securemcp.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;

/**
 * Where the standalone SSE streams of sessions are known: the per-session limit, the server
 * messages sent outside any request, and resumption. In memory for one replica; in Redis when
 * several replicas serve one session.
 */
public interface StandaloneStreams {

    /**
     * Admits a GET's stream against {@code mcp.sse.max-streams-per-session} and registers it, before
     * its headers go out (a client that sees the stream open must not miss a message sent next).
     *
     * @param lastEventId the request's {@code Last-Event-ID}, or null
     * @return false when the session holds its maximum of streams
     */
    Uni<Boolean> open(McpSession session, StandaloneStream stream, String lastEventId);

    /** The stream's connection closed or ended. */
    void closed(McpSession session, StandaloneStream stream);

    /** Sends a server message on one of the session's standalone streams; dropped when none is open. */
    void broadcast(McpSession session, ObjectNode message);
}
