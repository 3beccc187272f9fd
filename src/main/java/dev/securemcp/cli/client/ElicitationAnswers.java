package dev.securemcp.cli.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers a server's {@code elicitation/create} (form mode): on a terminal the person is asked
 * for each field of the requested schema, with its default; without one the defaults are sent,
 * or the request is declined when they do not fill every required field.
 */
public final class ElicitationAnswers {
    private final BufferedReader terminal;
    private final PrintWriter prompt;

    /** {@code terminal} is null in a non-interactive run. */
    public ElicitationAnswers(BufferedReader terminal, PrintWriter prompt) {
        this.terminal = terminal;
        this.prompt = prompt;
    }

    public static ElicitationAnswers nonInteractive() {
        return new ElicitationAnswers(null, null);
    }

    /** The ElicitResult for the request's params. */
    public ObjectNode answer(JsonNode params) throws IOException {
        JsonNode properties = params.path("requestedSchema").path("properties");
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        if (terminal != null) {
            prompt.println("❓ " + params.path("message").asText("The server asks:"));
            prompt.flush();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = terminal == null ? field.getValue().get("default") : ask(field.getKey(), field.getValue());
            if (value != null && !value.isNull()) {
                content.set(field.getKey(), value);
            }
        }
        for (JsonNode required : params.path("requestedSchema").path("required")) {
            if (!content.has(required.asText())) {
                return JsonNodeFactory.instance.objectNode().put("action", "decline");
            }
        }
        if (content.isEmpty() && !properties.isEmpty()) {
            return JsonNodeFactory.instance.objectNode().put("action", "decline");
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode().put("action", "accept");
        result.set("content", content);
        return result;
    }

    private JsonNode ask(String name, JsonNode schema) throws IOException {
        JsonNode fallback = schema.get("default");
        String description = schema.path("description").asText(schema.path("title").asText(""));
        prompt.print("  " + name + (description.isBlank() ? "" : " (" + description + ")")
                + (schema.has("enum") ? " " + schema.get("enum") : "")
                + (fallback == null ? "" : " [" + (fallback.isTextual() ? fallback.asText() : fallback.toString()) + "]") + ": ");
        prompt.flush();
        String line = terminal.readLine();
        if (line == null || line.isBlank()) {
            return fallback;
        }
        return typed(line.strip(), schema.path("type").asText("string"));
    }

    private static JsonNode typed(String text, String type) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        try {
            return switch (type) {
                case "integer" -> json.numberNode(Long.parseLong(text));
                case "number" -> json.numberNode(Double.parseDouble(text));
                case "boolean" -> json.booleanNode(text.matches("(?i)y|yes|true|1"));
                default -> json.textNode(text);
            };
        } catch (NumberFormatException notANumber) {
            return json.textNode(text);
        }
    }
}
