package dev.securemcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A protocol failure: answered as a JSON-RPC error with {@link #code()} and a client-safe message.
 * Never carries a stack trace to the client (none is filled in).
 */
public class McpException extends RuntimeException {
    private final int code;
    private final transient JsonNode data;

    public McpException(int code, String message) {
        this(code, message, null);
    }

    public McpException(int code, String message, JsonNode data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    public int code() {
        return code;
    }

    public JsonNode data() {
        return data;
    }

    public static McpException invalidParams(String message) {
        return new McpException(ErrorCode.INVALID_PARAMS, message);
    }

    public static McpException invalidRequest(String message) {
        return new McpException(ErrorCode.INVALID_REQUEST, message);
    }
}
