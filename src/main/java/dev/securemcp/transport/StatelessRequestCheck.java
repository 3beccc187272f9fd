package dev.securemcp.transport;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.ProtocolVersion;
import dev.securemcp.tools.LogLevel;

/**
 * The 2026-07-28 rules for one stateless request: its {@code _meta} (protocol version, client
 * capabilities, log level), the MCP-Protocol-Version, Mcp-Method and Mcp-Name headers against the
 * body, and which methods the revision has.
 */
final class StatelessRequestCheck {
    static final String META_VERSION = "io.modelcontextprotocol/protocolVersion";
    static final String META_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    static final String META_LOG_LEVEL = "io.modelcontextprotocol/logLevel";
    /** The methods of 2026-07-28 this server answers; initialize, ping, logging/setLevel and subscriptions are gone. */
    static final Set<String> METHODS = Set.of("server/discover", "tools/list", "tools/call", "resources/list",
            "resources/read", "resources/templates/list", "prompts/list", "prompts/get", "completion/complete");
    /** The methods that may answer with an input-required result. */
    static final Set<String> MAY_ASK = Set.of("tools/call", "prompts/get", "resources/read");

    /** What the request declares about itself. */
    record Declared(ObjectNode capabilities, LogLevel logLevel) {
    }

    /** A refusal: an HTTP status and the JSON-RPC error to carry. */
    static final class Refused extends RuntimeException {
        final int status;
        final McpException error;

        Refused(int status, McpException error) {
            super(error.getMessage(), null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    private StatelessRequestCheck() {
    }

    /** Whether a request without a session belongs to the stateless revision. */
    static boolean isStateless(Incoming in, JsonNode body) {
        if (in.sessionId() != null) {
            return false;
        }
        if (in.protocolVersion() != null) {
            return ProtocolVersion.sessionRevision(in.protocolVersion()).isEmpty();
        }
        return body.isObject() && !"initialize".equals(body.path("method").asText())
                && body.path("params").path("_meta").has(META_VERSION);
    }

    static Declared check(Incoming in, JsonRpcRequest request) {
        String header = in.protocolVersion();
        if (header == null) {
            throw refused(400, ErrorCode.HEADER_MISMATCH, "The MCP-Protocol-Version header is required.", null);
        }
        JsonNode meta = request.params().get("_meta");
        if (!(meta instanceof ObjectNode) || !meta.has(META_VERSION) || !meta.has(META_CAPABILITIES)) {
            throw refused(400, ErrorCode.INVALID_PARAMS, "Invalid params: _meta must carry " + META_VERSION
                    + " and " + META_CAPABILITIES + ".", null);
        }
        JsonNode version = meta.get(META_VERSION);
        if (!version.isTextual() || !version.textValue().equals(header)) {
            throw refused(400, ErrorCode.HEADER_MISMATCH,
                    "The MCP-Protocol-Version header does not match _meta " + META_VERSION + ".", null);
        }
        if (ProtocolVersion.fromWire(header).filter(ProtocolVersion::stateless).isEmpty()) {
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.putArray("supported").add(ProtocolVersion.V2026_07_28.wire());
            data.put("requested", header);
            throw refused(400, ErrorCode.UNSUPPORTED_PROTOCOL_VERSION,
                    "Unsupported protocol version: without a session this server speaks 2026-07-28.", data);
        }
        checkHeader("Mcp-Method", in.mcpMethod(), request.method());
        String name = nameOf(request);
        if (name != null || in.mcpName() != null) {
            checkHeader("Mcp-Name", in.mcpName(), name);
        }
        if (!METHODS.contains(request.method())) {
            throw refused(404, ErrorCode.METHOD_NOT_FOUND, "Method not found: " + request.method(), null);
        }
        if (!(meta.get(META_CAPABILITIES) instanceof ObjectNode capabilities)) {
            throw refused(400, ErrorCode.INVALID_PARAMS, "Invalid params: " + META_CAPABILITIES + " must be an object.", null);
        }
        return new Declared(capabilities, logLevel(meta.get(META_LOG_LEVEL)));
    }

    /** The value the Mcp-Name header must carry: the tool or prompt name, or the resource URI. */
    static String nameOf(JsonRpcRequest request) {
        String field = switch (request.method()) {
            case "tools/call", "prompts/get" -> "name";
            case "resources/read" -> "uri";
            default -> null;
        };
        JsonNode value = field == null ? null : request.params().get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static void checkHeader(String header, String sent, String expected) {
        if (!Objects.equals(sent, expected)) {
            throw refused(400, ErrorCode.HEADER_MISMATCH, sent == null
                    ? "The " + header + " header is required and must match the request body."
                    : "The " + header + " header does not match the request body.", null);
        }
    }

    private static LogLevel logLevel(JsonNode level) {
        if (level == null || level.isNull()) {
            return null;
        }
        try {
            return LogLevel.valueOf(level.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw refused(400, ErrorCode.INVALID_PARAMS, "Invalid params: unknown " + META_LOG_LEVEL + ".", null);
        }
    }

    private static Refused refused(int status, int code, String message, JsonNode data) {
        return new Refused(status, new McpException(code, message, data));
    }
}
