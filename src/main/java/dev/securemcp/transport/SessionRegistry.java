package dev.securemcp.transport;

import java.util.Optional;

import dev.securemcp.protocol.Negotiation;
import io.smallrye.mutiny.Uni;

/**
 * Open sessions. In this process's memory for one replica; in Redis when several replicas serve
 * every session. A shared store that does not answer fails the Uni with
 * {@code StoreUnavailableException}; every Uni completes on the calling request's Vert.x context.
 */
public interface SessionRegistry {

    /** Opens a session for {@code subject}, ending the oldest idle ones past the configured limits. */
    Uni<McpSession> open(String subject, Negotiation negotiation);

    /**
     * The session with this id when {@code subject} owns it and this replica holds it current, at
     * once and without a store; null when it must be asked ({@link #find}).
     */
    McpSession heldHere(String id, String subject);

    /** The session with this id when {@code subject} owns it and it has not ended. */
    Uni<Optional<McpSession>> find(String id, String subject);

    /** Ends a session everywhere: its streams close and its id is unknown from then on. */
    Uni<Void> end(McpSession session);

    /** The sessions this replica holds. */
    int size();

    /** Open standalone SSE streams (GET) this replica holds, across all sessions. */
    int openStreams();
}
