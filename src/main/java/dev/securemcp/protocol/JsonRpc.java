package dev.securemcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads client messages from parsed JSON and builds the server's messages. */
public final class JsonRpc {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonRpc() {
    }

    /** Classifies one JSON value as a request, notification or response; -32600 when it is none. */
    public static JsonRpcMessage read(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw McpException.invalidRequest("A JSON-RPC message must be a JSON object.");
        }
        if (!"2.0".equals(object.path("jsonrpc").textValue())) {
            throw McpException.invalidRequest("The message must carry \"jsonrpc\": \"2.0\".");
        }
        JsonNode method = object.get("method");
        JsonNode id = object.get("id");
        if (method == null) {
            if (id == null || id.isNull()) {
                throw McpException.invalidRequest("A message needs a method, or an id with a result or error.");
            }
            JsonNode error = object.get("error");
            return new JsonRpcResponse(id, object.get("result"),
                    error instanceof ObjectNode errorObject ? errorObject : null);
        }
        if (!method.isTextual()) {
            throw McpException.invalidRequest("The method must be a string.");
        }
        JsonNode params = object.get("params");
        ObjectNode paramsObject;
        if (params == null || params.isNull()) {
            paramsObject = NODES.objectNode();
        } else if (params instanceof ObjectNode p) {
            paramsObject = p;
        } else {
            throw McpException.invalidRequest("params must be a JSON object.");
        }
        if (id == null) {
            return new JsonRpcNotification(method.textValue(), paramsObject);
        }
        return new JsonRpcRequest(id, method.textValue(), paramsObject);
    }

    /** The id of a message that failed to parse as a request, when it has a usable one; else null. */
    public static JsonNode idOf(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        return id != null && (id.isTextual() || id.isIntegralNumber()) ? id : null;
    }

    public static ObjectNode result(JsonNode id, JsonNode result) {
        ObjectNode message = NODES.objectNode();
        message.put("jsonrpc", "2.0");
        message.set("id", id);
        message.set("result", result);
        return message;
    }

    /** An error response; a null id is written as {@code "id": null} (parse errors, unreadable ids). */
    public static ObjectNode error(JsonNode id, int code, String text, JsonNode data) {
        ObjectNode error = NODES.objectNode();
        error.put("code", code);
        error.put("message", text);
        if (data != null) {
            error.set("data", data);
        }
        ObjectNode message = NODES.objectNode();
        message.put("jsonrpc", "2.0");
        message.set("id", id == null ? NullNode.instance : id);
        message.set("error", error);
        return message;
    }

    public static ObjectNode error(JsonNode id, McpException failure) {
        return error(id, failure.code(), failure.getMessage(), failure.data());
    }

    public static ObjectNode notification(String method, ObjectNode params) {
        ObjectNode message = NODES.objectNode();
        message.put("jsonrpc", "2.0");
        message.put("method", method);
        message.set("params", params);
        return message;
    }

    public static ObjectNode request(JsonNode id, String method, ObjectNode params) {
        ObjectNode message = notification(method, params);
        message.set("id", id);
        return message;
    }
}
