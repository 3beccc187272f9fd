package dev.securemcp.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.ProtocolVersion;
import dev.securemcp.tools.LogLevel;

/** What a session is, apart from its connections: what a shared store keeps of it. */
public record SessionRecord(String id, String subject, ProtocolVersion version, ObjectNode clientInfo,
        ObjectNode clientCapabilities, LogLevel logLevel, boolean initialized, long createdAt) {
}
