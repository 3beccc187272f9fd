package dev.securemcp.protocol;

/** JSON-RPC 2.0 and MCP error codes. */
public final class ErrorCode {
    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /** MCP: the session named by Mcp-Session-Id does not exist (TypeScript SDK convention). */
    public static final int SESSION_NOT_FOUND = -32001;
    /** MCP: the request needs a scope the token lacks. */
    public static final int FORBIDDEN = -32003;
    /** MCP: resources/read of an unknown URI (2025-11-25). */
    public static final int RESOURCE_NOT_FOUND = -32002;

    /** 2026-07-28: the Mcp-Method, Mcp-Name or MCP-Protocol-Version header disagrees with the body. */
    public static final int HEADER_MISMATCH = -32020;
    /** 2026-07-28: answering needs a client capability the request did not declare. */
    public static final int MISSING_CLIENT_CAPABILITY = -32021;
    /** 2026-07-28: the request's protocol version is not one this server speaks. */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private ErrorCode() {
    }
}
