package dev.securemcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.tools.LogLevel;

/** What the protocol layer remembers about one client session. */
public interface SessionState {

    String id();

    ProtocolVersion version();

    /** {@code clientInfo} from initialize, or an empty object. */
    ObjectNode clientInfo();

    /** {@code capabilities} the client declared in initialize, or an empty object. */
    ObjectNode clientCapabilities();

    /** The minimum level of log messages the client wants. */
    LogLevel logLevel();

    /** logging/setLevel. */
    void logLevel(LogLevel level);

    /** Requests this server sent the client and still waits on. */
    PendingClientRequests pending();

    /** Sends a server message outside any request (the session's standalone streams). */
    void broadcast(ObjectNode message);

    /** Runs {@code action} once when the session ends. */
    void onEnd(Runnable action);

    void markInitialized();
}
