package dev.securemcp.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One open standalone SSE stream (a GET of /mcp), as a stream store sees it. */
public interface StandaloneStream {

    /**
     * Sends one message as an SSE event.
     *
     * @param eventId the event's {@code id}, or null for none
     */
    void send(String eventId, ObjectNode message);

    /** Ends the stream (a clean end of the chunked body); the client may reconnect. */
    void end();
}
