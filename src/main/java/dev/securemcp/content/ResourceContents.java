package dev.securemcp.content;

import java.util.Base64;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contents of one resource: text, or binary data sent as base64 ({@code blob}).
 *
 * @param uri the resource's URI
 * @param mimeType its media type, or null
 * @param text the text, or null for binary contents
 * @param blob the bytes, or null for text contents
 */
public record ResourceContents(String uri, String mimeType, String text, byte[] blob) {

    public ResourceContents {
        Objects.requireNonNull(uri, "uri");
        if ((text == null) == (blob == null)) {
            throw new IllegalArgumentException("Resource contents are either text or binary.");
        }
    }

    public static ResourceContents text(String uri, String mimeType, String text) {
        return new ResourceContents(uri, mimeType, text, null);
    }

    public static ResourceContents binary(String uri, String mimeType, byte[] data) {
        return new ResourceContents(uri, mimeType, null, data.clone());
    }

    /** The wire form: {@code {uri, mimeType, text}} or {@code {uri, mimeType, blob}}. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("uri", uri);
        if (mimeType != null) {
            node.put("mimeType", mimeType);
        }
        if (text != null) {
            node.put("text", text);
        } else {
            node.put("blob", Base64.getEncoder().encodeToString(blob));
        }
        return node;
    }
}
