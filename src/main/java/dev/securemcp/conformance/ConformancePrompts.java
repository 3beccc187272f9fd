package dev.securemcp.conformance;

import java.util.List;
import java.util.Map;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.access.Caller;
import dev.securemcp.protocol.ClientAsker;
import dev.securemcp.protocol.ClientQuestion;
import dev.securemcp.protocol.ClientRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.securemcp.content.Content;
import dev.securemcp.content.ResourceContents;
import dev.securemcp.prompts.Prompt;
import dev.securemcp.prompts.PromptArgument;
import dev.securemcp.prompts.PromptResult;
import dev.securemcp.prompts.PromptSpec;

/** The {@code test_*} prompts of the MCP conformance suite, with completions for their arguments. */
final class ConformancePrompts {
    private static final List<String> ARG1_SUGGESTIONS = List.of("paris", "park", "party", "test", "testing");

    private ConformancePrompts() {
    }

    interface Body {
        PromptResult get(Map<String, String> arguments);
    }

    static List<Prompt> all() {
        return List.of(
                prompt("test_simple_prompt", "A simple prompt without arguments", List.of(),
                        args -> PromptResult.user(Content.text("This is a simple prompt for testing."))),
                prompt("test_prompt_with_arguments", "A prompt with two required arguments",
                        List.of(new PromptArgument("arg1", "First test argument", true),
                                new PromptArgument("arg2", "Second test argument", true)),
                        args -> PromptResult.user(Content.text("Prompt with arguments: arg1='" + args.get("arg1")
                                + "', arg2='" + args.get("arg2") + "'"))),
                prompt("test_prompt_with_embedded_resource", "A prompt that embeds a resource",
                        List.of(new PromptArgument("resourceUri", "URI of the resource to embed", true)),
                        args -> PromptResult.user(
                                Content.resource(ResourceContents.text(args.get("resourceUri"), "text/plain",
                                        "Embedded resource content for testing.")),
                                Content.text("Please process the embedded resource above."))),
                prompt("test_prompt_with_image", "A prompt with an image", List.of(),
                        args -> PromptResult.user(Content.image(TestMedia.RED_PIXEL_PNG, "image/png"),
                                Content.text("Please analyze the image above."))));
    }

    /** Asks the user for context first (elicitation), then builds the prompt from the answer. */
    static Prompt askingPrompt() {
        PromptSpec spec = new PromptSpec("test_input_required_result_prompt", null,
                "A prompt that asks the user for context first", List.of(), AccessRequirement.ANY_CALLER);
        return new Prompt() {
            @Override
            public PromptSpec spec() {
                return spec;
            }

            @Override
            public PromptResult get(Map<String, String> args, Caller caller) {
                throw new UnsupportedOperationException("needs the client");
            }

            @Override
            public PromptResult get(Map<String, String> args, Caller caller, ClientAsker asker) throws ClientRequestException {
                ClientQuestion question = ConformanceInputTools.elicitation("What context should the prompt use?",
                        ConformanceInputTools.oneRequired("context", "string"));
                JsonNode answer = asker.ask("user_context", question.method(), question.params());
                return PromptResult.user(Content.text("Use this context: " + answer.path("content").path("context").asText("")));
            }
        };
    }

    private static Prompt prompt(String name, String description, List<PromptArgument> arguments, Body body) {
        PromptSpec spec = new PromptSpec(name, null, description, arguments, AccessRequirement.ANY_CALLER);
        return new Prompt() {
            @Override
            public PromptSpec spec() {
                return spec;
            }

            @Override
            public PromptResult get(Map<String, String> args, Caller caller) {
                return body.get(args);
            }

            @Override
            public List<String> complete(String argument, String prefix, Map<String, String> context) {
                if (!name.equals("test_prompt_with_arguments") || !argument.equals("arg1")) {
                    return List.of();
                }
                return ARG1_SUGGESTIONS.stream().filter(value -> value.startsWith(prefix)).toList();
            }
        };
    }
}
