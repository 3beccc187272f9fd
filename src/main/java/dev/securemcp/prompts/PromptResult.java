package dev.securemcp.prompts;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A prompt's messages ({@code role} and one content block each), with an optional description. */
public record PromptResult(String description, ArrayNode messages) {
    public PromptResult {
        Objects.requireNonNull(messages, "messages");
    }

    /** Messages from the user, one per content block (see {@code dev.securemcp.content.Content}). */
    public static PromptResult user(ObjectNode... contents) {
        ArrayNode messages = JsonNodeFactory.instance.arrayNode();
        for (ObjectNode content : contents) {
            ObjectNode message = messages.addObject();
            message.put("role", "user");
            message.set("content", content);
        }
        return new PromptResult(null, messages);
    }
}
