package dev.securemcp.protocol;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A client's response to a request the server sent it: exactly one of result and error. */
public record JsonRpcResponse(JsonNode id, JsonNode result, ObjectNode error) implements JsonRpcMessage {
    public JsonRpcResponse {
        Objects.requireNonNull(id, "id");
        if ((result == null) == (error == null)) {
            throw McpException.invalidRequest("A response carries exactly one of result and error.");
        }
    }
}
