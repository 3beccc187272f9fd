package dev.securemcp.conformance;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.content.Content;
import dev.securemcp.content.ResourceContents;
import dev.securemcp.tools.Elicitation;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;
import dev.securemcp.tools.ToolResult;

/** The {@code test_*} tools of the MCP conformance suite, each as its scenario describes it. */
final class ConformanceTools {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConformanceTools() {
    }

    static List<Tool> all() {
        return List.of(
                FixtureTool.quick("test_simple_text", "Returns simple text content.",
                        (args, ctx) -> ToolResult.text("This is a simple text response for testing.")),
                FixtureTool.quick("test_image_content", "Returns a 1x1 red PNG image.",
                        (args, ctx) -> ToolResult.of(Content.image(TestMedia.RED_PIXEL_PNG, "image/png"))),
                FixtureTool.quick("test_audio_content", "Returns a short WAV audio clip.",
                        (args, ctx) -> ToolResult.of(Content.audio(TestMedia.SILENT_WAV, "audio/wav"))),
                FixtureTool.quick("test_embedded_resource", "Returns an embedded text resource.",
                        (args, ctx) -> ToolResult.of(Content.resource(ResourceContents.text("test://embedded-resource",
                                "text/plain", "This is an embedded resource content.")))),
                FixtureTool.quick("test_multiple_content_types", "Returns text, image and resource content.",
                        (args, ctx) -> ToolResult.of(Content.text("Multiple content types test:"),
                                Content.image(TestMedia.RED_PIXEL_PNG, "image/png"),
                                Content.resource(ResourceContents.text("test://mixed-content-resource",
                                        "application/json", "{\"test\":\"data\",\"value\":123}")))),
                FixtureTool.quick("test_error_handling", "Always fails.",
                        (args, ctx) -> {
                            throw new ToolException("This tool intentionally returns an error for testing");
                        }),
                FixtureTool.waiting("test_tool_with_logging", "Sends three log messages while it runs.",
                        FixtureTool.noArguments(), ConformanceTools::withLogging),
                FixtureTool.waiting("test_tool_with_progress", "Reports progress 0, 50 and 100 of 100.",
                        FixtureTool.noArguments(), ConformanceTools::withProgress),
                FixtureTool.waiting("test_sampling", "Asks the client's model to answer a prompt.",
                        FixtureTool.strings("prompt", "The prompt to send to the LLM"), ConformanceTools::sampling),
                FixtureTool.waiting("test_elicitation", "Asks the user for a username and an email.",
                        FixtureTool.strings("message", "The message to show the user"), ConformanceTools::elicitation),
                FixtureTool.waiting("test_elicitation_sep1034_defaults", "Asks for input with defaults (SEP-1034).",
                        FixtureTool.noArguments(), (args, ctx) -> elicited(ctx.elicit(
                                "Please review and update the form fields with defaults", ElicitationSchemas.withDefaults()))),
                FixtureTool.waiting("test_elicitation_sep1330_enums", "Asks for input with every enum form (SEP-1330).",
                        FixtureTool.noArguments(), (args, ctx) -> elicited(ctx.elicit(
                                "Please select options from the enum fields", ElicitationSchemas.enums()))));
    }

    private static ToolResult withLogging(ObjectNode args, ToolContext ctx) throws ToolException {
        ctx.log(LogLevel.INFO, "Tool execution started");
        pause(50);
        ctx.log(LogLevel.INFO, "Tool processing data");
        pause(50);
        ctx.log(LogLevel.INFO, "Tool execution completed");
        return ToolResult.text("Tool with logging executed successfully");
    }

    private static ToolResult withProgress(ObjectNode args, ToolContext ctx) throws ToolException {
        ctx.progress(0, 100.0, null);
        pause(50);
        ctx.progress(50, 100.0, null);
        pause(50);
        ctx.progress(100, 100.0, null);
        return ToolResult.text("Tool with progress executed successfully");
    }

    private static ToolResult sampling(ObjectNode args, ToolContext ctx) throws ToolException {
        ObjectNode params = NODES.objectNode();
        ObjectNode message = params.putArray("messages").addObject().put("role", "user");
        message.set("content", Content.text(args.get("prompt").asText()));
        params.put("maxTokens", 100);
        ObjectNode answer = ctx.sample(params);
        String text = answer.path("content").path("text").asText("");
        return ToolResult.text("LLM response: " + text);
    }

    private static ToolResult elicitation(ObjectNode args, ToolContext ctx) throws ToolException {
        ObjectNode schema = FixtureTool.noArguments();
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("username").put("type", "string").put("description", "User's response");
        properties.putObject("email").put("type", "string").put("description", "User's email address");
        schema.putArray("required").add("username").add("email");
        Elicitation answer = ctx.elicit(args.get("message").asText(), schema);
        return ToolResult.text("User response: action=" + answer.action() + ", content="
                + (answer.content() == null ? "{}" : answer.content().toString()));
    }

    private static ToolResult elicited(Elicitation answer) {
        return ToolResult.text("Elicitation completed: action=" + answer.action() + ", content="
                + (answer.content() == null ? "{}" : answer.content().toString()));
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
