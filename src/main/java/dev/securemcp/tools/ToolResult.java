package dev.securemcp.tools;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A tool's answer: content blocks, optional structured content, and whether it is an error.
 *
 * @param content MCP content blocks (text, image, audio, resource, resource_link)
 * @param structuredContent a JSON object matching the tool's output schema, or null
 * @param isError true for a business failure
 */
public record ToolResult(ArrayNode content, ObjectNode structuredContent, boolean isError) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public ToolResult {
        Objects.requireNonNull(content, "content");
    }

    public static ToolResult text(String text) {
        return new ToolResult(NODES.arrayNode().add(textBlock(text)), null, false);
    }

    public static ToolResult error(String text) {
        return new ToolResult(NODES.arrayNode().add(textBlock(text)), null, true);
    }

    /** A structured result; its JSON text also goes in a text block for clients of older revisions. */
    public static ToolResult structured(ObjectNode structured) {
        return new ToolResult(NODES.arrayNode().add(textBlock(structured.toString())), structured, false);
    }

    public static ToolResult of(JsonNode... blocks) {
        ArrayNode content = NODES.arrayNode();
        for (JsonNode block : blocks) {
            content.add(block);
        }
        return new ToolResult(content, null, false);
    }

    public static ObjectNode textBlock(String text) {
        return NODES.objectNode().put("type", "text").put("text", text);
    }
}
