package dev.securemcp.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.content.Content;
import dev.securemcp.protocol.ClientQuestion;
import dev.securemcp.tools.Elicitation;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;
import dev.securemcp.tools.ToolResult;

/**
 * The conformance tools that ask the client (2026-07-28 input-required scenarios and the stateless
 * diagnostics). Plain tools on {@link ToolContext}: in a session the questions go out on the SSE
 * stream, statelessly they come back as input-required results.
 */
final class ConformanceInputTools {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConformanceInputTools() {
    }

    static List<Tool> all() {
        return List.of(
                ask("test_input_required_result_elicitation", "Asks the user's name.", (args, ctx) -> {
                    Elicitation answer = ctx.elicit("user_name", "What is your name?", oneRequired("name", "string"));
                    return ToolResult.text("Hello, " + field(answer, "name") + "!");
                }),
                ask("test_input_required_result_sampling", "Asks the client's model for a capital.", (args, ctx) -> {
                    ObjectNode answer = ctx.sample("capital_question", samplingParams("What is the capital of France?", 100));
                    return ToolResult.text("Sampling answer: " + answer.path("content").path("text").asText(""));
                }),
                ask("test_input_required_result_list_roots", "Asks the client's roots.", (args, ctx) ->
                        ToolResult.text("Client roots: " + ctx.roots("client_roots"))),
                ask("test_input_required_result_request_state", "Asks for a confirmation, keeping request state.",
                        (args, ctx) -> {
                            Elicitation answer = ctx.elicit("confirm", "Please confirm", oneRequired("ok", "boolean"));
                            return ToolResult.text("state-ok: confirmed=" + field(answer, "ok"));
                        }),
                ask("test_input_required_result_multiple_inputs", "Asks three questions at once.", (args, ctx) -> {
                    Map<String, ClientQuestion> questions = new LinkedHashMap<>();
                    questions.put("user_name", elicitation("What is your name?", oneRequired("name", "string")));
                    questions.put("greeting", new ClientQuestion("sampling/createMessage", samplingParams("Generate a greeting", 50)));
                    questions.put("client_roots", new ClientQuestion("roots/list", NODES.objectNode()));
                    Map<String, JsonNode> answers = ctx.askAll(questions);
                    return ToolResult.text("Received " + answers.keySet() + ": name="
                            + answers.get("user_name").path("content").path("name").asText("")
                            + ", greeting=" + answers.get("greeting").path("content").path("text").asText("")
                            + ", roots=" + answers.get("client_roots").path("roots"));
                }),
                ask("test_input_required_result_multi_round", "Asks two questions, one after the other.", (args, ctx) -> {
                    Elicitation name = ctx.elicit("step1", "Step 1: What is your name?", oneRequired("name", "string"));
                    Elicitation color = ctx.elicit("step2", "Step 2: What is your favorite color?",
                            oneRequired("color", "string"));
                    return ToolResult.text("Hello " + field(name, "name") + ", your favorite color is "
                            + field(color, "color") + ".");
                }),
                ask("test_input_required_result_tampered_state", "Asks for a confirmation; its state is sealed.",
                        (args, ctx) -> {
                            Elicitation answer = ctx.elicit("confirm", "Please confirm", oneRequired("ok", "boolean"));
                            return ToolResult.text("Confirmed: " + field(answer, "ok"));
                        }),
                ask("test_input_required_result_capabilities", "Asks only what the client declared it can answer.",
                        (args, ctx) -> {
                            Map<String, ClientQuestion> questions = new LinkedHashMap<>();
                            if (ctx.clientSupports("sampling")) {
                                questions.put("capital_question", new ClientQuestion("sampling/createMessage",
                                        samplingParams("What is the capital of France?", 100)));
                            }
                            if (ctx.clientSupports("elicitation")) {
                                questions.put("user_name", elicitation("What is your name?", oneRequired("name", "string")));
                            }
                            if (questions.isEmpty()) {
                                return ToolResult.text("The client declared neither sampling nor elicitation.");
                            }
                            return ToolResult.text("Answered: " + ctx.askAll(questions).keySet());
                        }),
                ask("test_missing_capability", "Needs sampling, whether or not the client declared it.", (args, ctx) ->
                        ToolResult.text("Sampled: " + ctx.sample("question", samplingParams("Say hello", 20))
                                .path("content").path("text").asText(""))),
                ask("test_streaming_elicitation", "Asks the user for a name.", (args, ctx) ->
                        ToolResult.text("Hello, " + field(ctx.elicit("user_name", "What is your name?",
                                oneRequired("name", "string")), "name") + "!")),
                ask("test_logging_tool", "Sends a log message, if the client asked for them.", (args, ctx) -> {
                    ctx.log(LogLevel.INFO, "test_logging_tool ran");
                    return ToolResult.text("Logged (when the request asked for logs).");
                }));
    }

    private static Tool ask(String name, String description, FixtureTool.Body body) {
        return FixtureTool.waiting(name, description, FixtureTool.noArguments(), body);
    }

    static ClientQuestion elicitation(String message, ObjectNode schema) {
        ObjectNode params = NODES.objectNode();
        params.put("message", message);
        params.set("requestedSchema", schema);
        return new ClientQuestion("elicitation/create", params);
    }

    static ObjectNode oneRequired(String property, String type) {
        ObjectNode schema = FixtureTool.noArguments();
        schema.putObject("properties").putObject(property).put("type", type);
        schema.putArray("required").add(property);
        return schema;
    }

    private static ObjectNode samplingParams(String text, int maxTokens) {
        ObjectNode params = NODES.objectNode();
        params.putArray("messages").addObject().put("role", "user").set("content", Content.text(text));
        params.put("maxTokens", maxTokens);
        return params;
    }

    private static String field(Elicitation answer, String name) throws ToolException {
        if (!answer.accepted() || answer.content() == null) {
            throw new ToolException("The user did not accept (" + answer.action() + ").");
        }
        return answer.content().path(name).asText("");
    }
}
