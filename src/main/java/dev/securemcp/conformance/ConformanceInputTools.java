package dev.securemcp.conformance;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.content.Content;
import dev.securemcp.protocol.ClientQuestion;
import dev.securemcp.tools.Elicitation;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;

/**
 * The conformance tools that ask the client (2026-07-28 input-required scenarios and the stateless
 * diagnostics). Plain tools on {@link ToolContext}: in a session the questions go out on the SSE
 * stream, statelessly they come back as input-required results. They wait, so they run on the tool pool.
 */
final class ConformanceInputTools {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @McpTool(name = "test_input_required_result_elicitation", description = "Asks the user's name.")
    String elicitation(ToolContext ctx) throws ToolException {
        Elicitation answer = ctx.elicit("user_name", "What is your name?", oneRequired("name", "string"));
        return "Hello, " + field(answer, "name") + "!";
    }

    @McpTool(name = "test_input_required_result_sampling", description = "Asks the client's model for a capital.")
    String sampling(ToolContext ctx) throws ToolException {
        ObjectNode answer = ctx.sample("capital_question", samplingParams("What is the capital of France?", 100));
        return "Sampling answer: " + answer.path("content").path("text").asText("");
    }

    @McpTool(name = "test_input_required_result_list_roots", description = "Asks the client's roots.")
    String listRoots(ToolContext ctx) throws ToolException {
        return "Client roots: " + ctx.roots("client_roots");
    }

    @McpTool(name = "test_input_required_result_request_state", description = "Asks for a confirmation, keeping request state.")
    String requestState(ToolContext ctx) throws ToolException {
        Elicitation answer = ctx.elicit("confirm", "Please confirm", oneRequired("ok", "boolean"));
        return "state-ok: confirmed=" + field(answer, "ok");
    }

    @McpTool(name = "test_input_required_result_multiple_inputs", description = "Asks three questions at once.")
    String multipleInputs(ToolContext ctx) throws ToolException {
        Map<String, ClientQuestion> questions = new LinkedHashMap<>();
        questions.put("user_name", elicitation("What is your name?", oneRequired("name", "string")));
        questions.put("greeting", new ClientQuestion("sampling/createMessage", samplingParams("Generate a greeting", 50)));
        questions.put("client_roots", new ClientQuestion("roots/list", NODES.objectNode()));
        Map<String, JsonNode> answers = ctx.askAll(questions);
        return "Received " + answers.keySet() + ": name="
                + answers.get("user_name").path("content").path("name").asText("")
                + ", greeting=" + answers.get("greeting").path("content").path("text").asText("")
                + ", roots=" + answers.get("client_roots").path("roots");
    }

    @McpTool(name = "test_input_required_result_multi_round", description = "Asks two questions, one after the other.")
    String multiRound(ToolContext ctx) throws ToolException {
        Elicitation name = ctx.elicit("step1", "Step 1: What is your name?", oneRequired("name", "string"));
        Elicitation color = ctx.elicit("step2", "Step 2: What is your favorite color?", oneRequired("color", "string"));
        return "Hello " + field(name, "name") + ", your favorite color is " + field(color, "color") + ".";
    }

    @McpTool(name = "test_input_required_result_tampered_state", description = "Asks for a confirmation; its state is sealed.")
    String tamperedState(ToolContext ctx) throws ToolException {
        Elicitation answer = ctx.elicit("confirm", "Please confirm", oneRequired("ok", "boolean"));
        return "Confirmed: " + field(answer, "ok");
    }

    @McpTool(name = "test_input_required_result_capabilities", description = "Asks only what the client declared it can answer.")
    String capabilities(ToolContext ctx) throws ToolException {
        Map<String, ClientQuestion> questions = new LinkedHashMap<>();
        if (ctx.clientSupports("sampling")) {
            questions.put("capital_question", new ClientQuestion("sampling/createMessage",
                    samplingParams("What is the capital of France?", 100)));
        }
        if (ctx.clientSupports("elicitation")) {
            questions.put("user_name", elicitation("What is your name?", oneRequired("name", "string")));
        }
        if (questions.isEmpty()) {
            return "The client declared neither sampling nor elicitation.";
        }
        return "Answered: " + ctx.askAll(questions).keySet();
    }

    @McpTool(name = "test_missing_capability", description = "Needs sampling, whether or not the client declared it.")
    String missingCapability(ToolContext ctx) throws ToolException {
        return "Sampled: " + ctx.sample("question", samplingParams("Say hello", 20)).path("content").path("text").asText("");
    }

    @McpTool(name = "test_streaming_elicitation", description = "Asks the user for a name.")
    String streamingElicitation(ToolContext ctx) throws ToolException {
        return "Hello, " + field(ctx.elicit("user_name", "What is your name?", oneRequired("name", "string")), "name") + "!";
    }

    @McpTool(name = "test_logging_tool", description = "Sends a log message, if the client asked for them.")
    String logging(ToolContext ctx) {
        ctx.log(LogLevel.INFO, "test_logging_tool ran");
        return "Logged (when the request asked for logs).";
    }

    static ClientQuestion elicitation(String message, ObjectNode schema) {
        ObjectNode params = NODES.objectNode();
        params.put("message", message);
        params.set("requestedSchema", schema);
        return new ClientQuestion("elicitation/create", params);
    }

    static ObjectNode oneRequired(String property, String type) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
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
