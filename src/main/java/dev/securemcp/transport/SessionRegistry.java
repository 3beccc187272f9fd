package dev.securemcp.transport;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.ProtocolVersion;

/**
 * Open sessions. In memory for one replica; a shared store implements the same interface when
 * several replicas serve one client population.
 */
public interface SessionRegistry {

    /** Opens a session for {@code subject}, ending the oldest idle ones past the configured limits. */
    McpSession open(String subject, ProtocolVersion version, ObjectNode clientInfo);

    /** The session with this id when {@code subject} owns it and it has not ended. */
    Optional<McpSession> find(String id, String subject);

    /** Ends a session: its streams close and its id is unknown from then on. */
    void end(McpSession session);

    int size();

    /** Open standalone SSE streams (GET) across all sessions. */
    int openStreams();
}
