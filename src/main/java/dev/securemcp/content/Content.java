package dev.securemcp.content;

import java.util.Base64;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** MCP content blocks, as tool results and prompt messages carry them. */
public final class Content {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Content() {
    }

    public static ObjectNode text(String text) {
        return NODES.objectNode().put("type", "text").put("text", text);
    }

    public static ObjectNode image(byte[] data, String mimeType) {
        return binary("image", data, mimeType);
    }

    public static ObjectNode audio(byte[] data, String mimeType) {
        return binary("audio", data, mimeType);
    }

    /** An embedded resource: its contents travel inside the message. */
    public static ObjectNode resource(ResourceContents contents) {
        ObjectNode block = NODES.objectNode().put("type", "resource");
        block.set("resource", contents.toJson());
        return block;
    }

    private static ObjectNode binary(String type, byte[] data, String mimeType) {
        return NODES.objectNode().put("type", type)
                .put("data", Base64.getEncoder().encodeToString(data))
                .put("mimeType", mimeType);
    }
}
