package dev.securemcp.prompts;

import java.util.List;
import java.util.Map;

import dev.securemcp.access.Caller;

/**
 * A prompt template. Declare a CDI bean, or register one with {@link PromptRegistry}. Required
 * arguments are checked before {@link #get} runs.
 */
public interface Prompt {

    PromptSpec spec();

    PromptResult get(Map<String, String> arguments, Caller caller);

    /**
     * Suggested values for {@code argument} that start with {@code prefix}; {@code context} holds
     * the arguments already chosen (completion/complete).
     */
    default List<String> complete(String argument, String prefix, Map<String, String> context) {
        return List.of();
    }
}
