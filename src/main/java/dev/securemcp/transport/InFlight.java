package dev.securemcp.transport;

import dev.securemcp.protocol.JsonRpcRequest;

/**
 * What travels together while one JSON-RPC request is answered.
 *
 * @param session the caller's session; null for a stateless (2026-07-28) request
 * @param channel where the answer goes; null for an element of a batch, answered inside the batch's array
 */
record InFlight(Arrival arrival, JsonRpcRequest request, McpSession session, ResponseChannel channel) {

    Incoming in() {
        return arrival.in();
    }

    String requestId() {
        return arrival.requestId();
    }

    String subject() {
        return arrival.subject();
    }

    long started() {
        return arrival.started();
    }

    String sessionShortId() {
        return session == null ? null : session.shortId();
    }
}
