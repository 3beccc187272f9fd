package dev.securemcp.protocol;

import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.tools.LogLevel;

/** What the protocol layer remembers about one client session. */
public interface SessionState {

    String id();

    ProtocolVersion version();

    /** {@code clientInfo} from initialize, or an empty object. */
    ObjectNode clientInfo();

    /** The minimum level of log messages the client wants. */
    AtomicReference<LogLevel> logLevel();

    void markInitialized();
}
