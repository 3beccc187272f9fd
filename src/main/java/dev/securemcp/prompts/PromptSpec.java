package dev.securemcp.prompts;

import java.util.List;
import java.util.Objects;

import dev.securemcp.access.AccessRequirement;

/**
 * What a prompt declares about itself in {@code prompts/list}, and who may get it.
 *
 * @param name unique prompt name
 * @param title human-readable title, or null
 * @param description what it is for
 * @param arguments the arguments it takes
 * @param access the scopes and roles a caller needs
 */
public record PromptSpec(String name, String title, String description, List<PromptArgument> arguments,
        AccessRequirement access) {
    public PromptSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(access, "access");
    }
}
