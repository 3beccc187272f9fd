package dev.securemcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The outcome of initialize: the agreed revision, what the client said about itself, and the result
 * to send back.
 */
public record Negotiation(ProtocolVersion version, ObjectNode clientInfo, ObjectNode clientCapabilities,
        ObjectNode result) {
}
