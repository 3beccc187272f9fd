package dev.securemcp.protocol;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request: it has an id (string or number) and expects exactly one response. */
public record JsonRpcRequest(JsonNode id, String method, ObjectNode params) implements JsonRpcMessage {
    public JsonRpcRequest {
        Objects.requireNonNull(id, "id");
        if (!(id.isTextual() || id.isIntegralNumber())) {
            throw McpException.invalidRequest("The request id must be a string or an integer.");
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(params, "params");
    }

    /** {@code params._meta.progressToken}, or null. */
    public JsonNode progressToken() {
        JsonNode token = params.path("_meta").get("progressToken");
        return token != null && (token.isTextual() || token.isIntegralNumber()) ? token : null;
    }
}
