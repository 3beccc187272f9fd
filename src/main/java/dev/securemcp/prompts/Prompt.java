package dev.securemcp.prompts;

import java.util.List;
import java.util.Map;

import dev.securemcp.access.Caller;
import dev.securemcp.protocol.ClientAsker;
import dev.securemcp.protocol.ClientRequestException;

/**
 * A prompt template. Declare a CDI bean, or register one with {@link PromptRegistry}. Required
 * arguments are checked before {@link #get} runs.
 */
public interface Prompt {

    PromptSpec spec();

    PromptResult get(Map<String, String> arguments, Caller caller);

    /**
     * Like {@link #get(Map, Caller)}, for a prompt that needs to ask the client first (elicitation):
     * in the stateless revision asking ends the request with an input-required result, and the
     * prompt runs again with the answer.
     */
    default PromptResult get(Map<String, String> arguments, Caller caller, ClientAsker asker) throws ClientRequestException {
        return get(arguments, caller);
    }

    /**
     * Suggested values for {@code argument} that start with {@code prefix}; {@code context} holds
     * the arguments already chosen (completion/complete).
     */
    default List<String> complete(String argument, String prefix, Map<String, String> context) {
        return List.of();
    }
}
