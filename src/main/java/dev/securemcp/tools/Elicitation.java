package dev.securemcp.tools;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The user's answer to an elicitation: {@code accept} (with {@code content} matching the requested
 * schema), {@code decline} or {@code cancel}.
 */
public record Elicitation(String action, ObjectNode content) {
    public Elicitation {
        Objects.requireNonNull(action, "action");
    }

    public boolean accepted() {
        return "accept".equals(action);
    }
}
