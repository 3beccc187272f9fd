package dev.securemcp.transport;

import dev.securemcp.protocol.JsonRpcRequest;

/**
 * What travels together while one JSON-RPC request is answered.
 *
 * @param session the caller's session; null for a stateless (2026-07-28) request
 * @param channel where the answer goes; null for an element of a batch, answered inside the batch's array
 * @param started {@link System#nanoTime()} when the request came in
 */
record InFlight(Incoming in, JsonRpcRequest request, McpSession session, ResponseChannel channel, String requestId,
        long started) {

    String subject() {
        return in.caller().subject();
    }

    String sessionShortId() {
        return session == null ? null : session.shortId();
    }
}
