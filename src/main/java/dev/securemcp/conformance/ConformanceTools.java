package dev.securemcp.conformance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.content.Content;
import dev.securemcp.content.ResourceContents;
import dev.securemcp.tools.Elicitation;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.tools.McpArg;
import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;
import dev.securemcp.tools.ToolResult;

/**
 * The {@code test_*} tools of the MCP conformance suite, each as its scenario describes it. Not a
 * CDI bean: {@link ConformanceFixtures} registers them only when the fixtures are switched on.
 * Those that answer at once run on the event loop; those that wait (sleep, or ask the client) on
 * the tool pool.
 */
final class ConformanceTools {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @McpTool(name = "test_simple_text", description = "Returns simple text content.", nonBlocking = true)
    String simpleText() {
        return "This is a simple text response for testing.";
    }

    @McpTool(name = "test_image_content", description = "Returns a 1x1 red PNG image.", nonBlocking = true)
    ToolResult image() {
        return ToolResult.of(Content.image(TestMedia.RED_PIXEL_PNG, "image/png"));
    }

    @McpTool(name = "test_audio_content", description = "Returns a short WAV audio clip.", nonBlocking = true)
    ToolResult audio() {
        return ToolResult.of(Content.audio(TestMedia.SILENT_WAV, "audio/wav"));
    }

    @McpTool(name = "test_embedded_resource", description = "Returns an embedded text resource.", nonBlocking = true)
    ToolResult embeddedResource() {
        return ToolResult.of(Content.resource(ResourceContents.text("test://embedded-resource", "text/plain",
                "This is an embedded resource content.")));
    }

    @McpTool(name = "test_multiple_content_types", description = "Returns text, image and resource content.",
            nonBlocking = true)
    ToolResult multipleContentTypes() {
        return ToolResult.of(Content.text("Multiple content types test:"),
                Content.image(TestMedia.RED_PIXEL_PNG, "image/png"),
                Content.resource(ResourceContents.text("test://mixed-content-resource", "application/json",
                        "{\"test\":\"data\",\"value\":123}")));
    }

    @McpTool(name = "test_error_handling", description = "Always fails.", nonBlocking = true)
    String errorHandling() throws ToolException {
        throw new ToolException("This tool intentionally returns an error for testing");
    }

    @McpTool(name = "test_tool_with_logging", description = "Sends three log messages while it runs.")
    String withLogging(ToolContext ctx) throws ToolException {
        ctx.log(LogLevel.INFO, "Tool execution started");
        pause(50);
        ctx.log(LogLevel.INFO, "Tool processing data");
        pause(50);
        ctx.log(LogLevel.INFO, "Tool execution completed");
        return "Tool with logging executed successfully";
    }

    @McpTool(name = "test_tool_with_progress", description = "Reports progress 0, 50 and 100 of 100.")
    String withProgress(ToolContext ctx) throws ToolException {
        ctx.progress(0, 100.0, null);
        pause(50);
        ctx.progress(50, 100.0, null);
        pause(50);
        ctx.progress(100, 100.0, null);
        return "Tool with progress executed successfully";
    }

    @McpTool(name = "test_sampling", description = "Asks the client's model to answer a prompt.")
    String sampling(@McpArg("The prompt to send to the LLM") String prompt, ToolContext ctx) throws ToolException {
        ObjectNode params = NODES.objectNode();
        ObjectNode message = params.putArray("messages").addObject().put("role", "user");
        message.set("content", Content.text(prompt));
        params.put("maxTokens", 100);
        ObjectNode answer = ctx.sample(params);
        return "LLM response: " + answer.path("content").path("text").asText("");
    }

    @McpTool(name = "test_elicitation", description = "Asks the user for a username and an email.")
    String elicitation(@McpArg("The message to show the user") String message, ToolContext ctx) throws ToolException {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("username").put("type", "string").put("description", "User's response");
        properties.putObject("email").put("type", "string").put("description", "User's email address");
        schema.putArray("required").add("username").add("email");
        Elicitation answer = ctx.elicit(message, schema);
        return "User response: action=" + answer.action() + ", content="
                + (answer.content() == null ? "{}" : answer.content().toString());
    }

    @McpTool(name = "test_elicitation_sep1034_defaults", description = "Asks for input with defaults (SEP-1034).")
    String elicitationWithDefaults(ToolContext ctx) throws ToolException {
        return elicited(ctx.elicit("Please review and update the form fields with defaults", ElicitationSchemas.withDefaults()));
    }

    @McpTool(name = "test_elicitation_sep1330_enums", description = "Asks for input with every enum form (SEP-1330).")
    String elicitationWithEnums(ToolContext ctx) throws ToolException {
        return elicited(ctx.elicit("Please select options from the enum fields", ElicitationSchemas.enums()));
    }

    /** The json-schema-2020-12 scenario's tool: its schema is published with every 2020-12 keyword kept. */
    @McpTool(name = "json_schema_2020_12_tool", nonBlocking = true,
            description = "Takes a contact whose schema uses $defs, $anchor, allOf/anyOf, if/then/else and additionalProperties.",
            inputSchema = "conformance/json-schema-2020-12.json")
    String jsonSchema(ObjectNode arguments) {
        return "Contact received: " + arguments.path("name").asText("(no name)");
    }

    private static String elicited(Elicitation answer) {
        return "Elicitation completed: action=" + answer.action() + ", content="
                + (answer.content() == null ? "{}" : answer.content().toString());
    }

    private static void pause(long millis) throws ToolException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new ToolException("Stopped.");
        }
    }
}
