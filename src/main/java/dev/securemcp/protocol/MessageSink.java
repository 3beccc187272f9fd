package dev.securemcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where messages to the client go while a request is being answered (its SSE stream, if any). */
public interface MessageSink {
    /** A sink for answers that cannot carry messages before the result: they are dropped. */
    MessageSink NONE = message -> {
    };

    void send(ObjectNode message);

    /** Whether requests to the client (sampling, elicitation) can go out here: only on a stream. */
    default boolean carriesRequests() {
        return false;
    }
}
