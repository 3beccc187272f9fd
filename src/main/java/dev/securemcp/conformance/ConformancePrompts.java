package dev.securemcp.conformance;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.content.Content;
import dev.securemcp.content.ResourceContents;
import dev.securemcp.prompts.McpCompletion;
import dev.securemcp.prompts.McpPrompt;
import dev.securemcp.prompts.PromptResult;
import dev.securemcp.protocol.ClientAsker;
import dev.securemcp.protocol.ClientQuestion;
import dev.securemcp.protocol.ClientRequestException;
import dev.securemcp.tools.McpArg;

/** The {@code test_*} prompts of the MCP conformance suite, with completions for their arguments. */
class ConformancePrompts {
    private static final List<String> ARG1_SUGGESTIONS = List.of("paris", "park", "party", "test", "testing");

    @McpPrompt(name = "test_simple_prompt", description = "A simple prompt without arguments")
    String simple() {
        return "This is a simple prompt for testing.";
    }

    @McpPrompt(name = "test_prompt_with_arguments", description = "A prompt with two required arguments")
    String withArguments(@McpArg("First test argument") String arg1, @McpArg("Second test argument") String arg2) {
        return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
    }

    @McpCompletion(prompt = "test_prompt_with_arguments", argument = "arg1")
    List<String> firstArgument(String prefix) {
        return ARG1_SUGGESTIONS.stream().filter(value -> value.startsWith(prefix)).toList();
    }

    @McpPrompt(name = "test_prompt_with_embedded_resource", description = "A prompt that embeds a resource")
    PromptResult withEmbeddedResource(@McpArg("URI of the resource to embed") String resourceUri) {
        return PromptResult.user(Content.resource(ResourceContents.text(resourceUri, "text/plain",
                "Embedded resource content for testing.")), Content.text("Please process the embedded resource above."));
    }

    @McpPrompt(name = "test_prompt_with_image", description = "A prompt with an image")
    PromptResult withImage() {
        return PromptResult.user(Content.image(TestMedia.RED_PIXEL_PNG, "image/png"),
                Content.text("Please analyze the image above."));
    }

    /** Asks the user for context first (elicitation), then builds the prompt from the answer. */
    @McpPrompt(name = "test_input_required_result_prompt", description = "A prompt that asks the user for context first")
    String asking(ClientAsker asker) throws ClientRequestException {
        ClientQuestion question = ConformanceInputTools.elicitation("What context should the prompt use?",
                ConformanceInputTools.oneRequired("context", "string"));
        JsonNode answer = asker.ask("user_context", question.method(), question.params());
        return "Use this context: " + answer.path("content").path("context").asText("");
    }
}
