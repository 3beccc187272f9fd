package dev.securemcp.tools;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;

/**
 * What a tool declares about itself: its wire definition, who may use it, and how it runs.
 *
 * @param name unique tool name
 * @param title human-readable title, or null
 * @param description what it does, for the model
 * @param inputSchema a JSON Schema of type object
 * @param outputSchema a JSON Schema for structured results, or null
 * @param annotations MCP tool annotations, or null
 * @param access the scopes and roles a caller needs
 * @param blocking true when the tool may block: it then runs on a worker thread, never the event loop
 */
public record ToolSpec(String name, String title, String description, ObjectNode inputSchema,
        ObjectNode outputSchema, ObjectNode annotations, AccessRequirement access, boolean blocking) {

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inputSchema, "inputSchema");
        Objects.requireNonNull(access, "access");
        if (!"object".equals(inputSchema.path("type").textValue())) {
            throw new IllegalArgumentException("The input schema of tool " + name + " must be of type object.");
        }
    }
}
