package dev.securemcp.features;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.Cursor;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpException;

/** One page of a list result: {@code {field: [...], nextCursor?}} from the request's {@code cursor}. */
final class Pages {

    private Pages() {
    }

    static <T> ObjectNode page(JsonRpcRequest request, String field, List<T> items, int pageSize,
            Function<T, JsonNode> describe) {
        JsonNode cursor = request.params().get("cursor");
        if (cursor != null && !cursor.isTextual() && !cursor.isNull()) {
            throw McpException.invalidParams("Invalid cursor.");
        }
        int from = Cursor.decode(field, cursor == null ? null : cursor.textValue(), items.size());
        int to = Math.min(items.size(), from + pageSize);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode page = result.putArray(field);
        for (T item : items.subList(from, to)) {
            page.add(describe.apply(item));
        }
        if (to < items.size()) {
            result.put("nextCursor", Cursor.encode(field, to));
        }
        return result;
    }

    /** A required string parameter, or -32602 naming it. */
    static String requiredText(JsonRpcRequest request, String name) {
        JsonNode value = request.params().get(name);
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw McpException.invalidParams(request.method() + " needs the parameter '" + name + "' (a string).");
        }
        return value.textValue();
    }
}
