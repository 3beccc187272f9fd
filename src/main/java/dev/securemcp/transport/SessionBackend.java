package dev.securemcp.transport;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.tools.LogLevel;

/**
 * Where a session's shared parts live: its standalone streams, the prefix of the ids of the
 * requests it sends the client (which names the replica that waits for the answers), and the writes
 * of its state that other replicas must see.
 */
public record SessionBackend(StandaloneStreams streams, String requestIdPrefix, Replication replication) {

    /** What other replicas must learn of a session: changes of its state, answers to their requests. */
    public interface Replication {
        Replication NONE = new Replication() {
        };

        default void logLevel(McpSession session, LogLevel level) {
        }

        default void initialized(McpSession session) {
        }

        /** A client's answer to a request this replica did not send (its id names another); dropped by default. */
        default void answerElsewhere(McpSession session, JsonNode answer) {
        }
    }
}
