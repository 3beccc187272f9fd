package dev.securemcp.prompts;

import java.util.Objects;

/** One argument a prompt takes. */
public record PromptArgument(String name, String description, boolean required) {
    public PromptArgument {
        Objects.requireNonNull(name, "name");
    }
}
