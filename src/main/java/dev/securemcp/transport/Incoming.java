package dev.securemcp.transport;

import jakarta.ws.rs.core.HttpHeaders;

import dev.securemcp.access.Caller;

/** The parts of an HTTP request the transport rules look at. */
record Incoming(Caller caller, String accept, String contentType, String sessionId, String protocolVersion,
        String mcpMethod, String mcpName) {

    static Incoming of(Caller caller, HttpHeaders headers) {
        return new Incoming(caller, headers.getHeaderString(HttpHeaders.ACCEPT),
                headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
                headers.getHeaderString(McpHeaders.SESSION_ID),
                headers.getHeaderString(McpHeaders.PROTOCOL_VERSION),
                headers.getHeaderString(McpHeaders.METHOD),
                headers.getHeaderString(McpHeaders.NAME));
    }

    AcceptedTypes accepted() {
        return AcceptedTypes.parse(accept);
    }

    boolean isJsonBody() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }
}
