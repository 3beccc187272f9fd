package dev.securemcp.tools;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;

/** The seed's tool: greets by name and tells the caller their user id, taken from the token. */
@ApplicationScoped
public class GreetTool implements Tool {
    private final ToolSpec spec;

    public GreetTool() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        schema.putObject("properties").putObject("name")
                .put("type", "string")
                .put("description", "Who to greet");
        schema.putArray("required").add("name");
        spec = new ToolSpec("greet", "Greet",
                "Returns a personalized greeting that includes the caller's user id from the token.",
                schema, null, null, AccessRequirement.ANY_CALLER, false);
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult call(ObjectNode arguments, ToolContext context) {
        String name = arguments.get("name").asText();
        return ToolResult.text("Hello, " + name + "! Your userid is " + context.caller().subject() + ".");
    }
}
