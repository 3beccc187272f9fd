package dev.securemcp.transport;

/** Header names of the Streamable HTTP transport. */
public final class McpHeaders {
    public static final String SESSION_ID = "Mcp-Session-Id";
    public static final String PROTOCOL_VERSION = "MCP-Protocol-Version";
    /** 2026-07-28: the JSON-RPC method, repeated as a header for routing; must match the body. */
    public static final String METHOD = "Mcp-Method";
    /** 2026-07-28: the tool or prompt name or resource URI of the body, as a header. */
    public static final String NAME = "Mcp-Name";
    public static final String LAST_EVENT_ID = "Last-Event-ID";
    public static final String EVENT_STREAM = "text/event-stream";
    public static final String JSON = "application/json";

    private McpHeaders() {
    }
}
