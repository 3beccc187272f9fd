package dev.securemcp.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.tools.Elicitation;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;
import dev.securemcp.tools.ToolResult;
import dev.securemcp.tools.ToolSpec;

/** Tools for the stateless tests: one that asks twice in a row, one that logs. */
@ApplicationScoped
public class AskingTools {

    /** Asks a name, then a colour: two rounds statelessly. */
    @Produces
    @ApplicationScoped
    Tool askTwice() {
        return tool("test_ask_twice", true, context -> {
            Elicitation name = context.elicit("name", "Your name?", schema("name"));
            Elicitation color = context.elicit("color", "Your colour?", schema("color"));
            return ToolResult.text(name.content().path("name").asText() + " likes "
                    + color.content().path("color").asText() + ".");
        });
    }

    /** Logs one info message, then answers. */
    @Produces
    @ApplicationScoped
    Tool logOnce() {
        return tool("test_log_once", false, context -> {
            context.log(LogLevel.INFO, "logged once");
            return ToolResult.text("done");
        });
    }

    private interface Body {
        ToolResult call(ToolContext context) throws ToolException;
    }

    private static ObjectNode schema(String property) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        schema.putObject("properties").putObject(property).put("type", "string");
        schema.putArray("required").add(property);
        return schema;
    }

    private static Tool tool(String name, boolean blocking, Body body) {
        ToolSpec spec = new ToolSpec(name, null, "A stateless test tool.",
                JsonNodeFactory.instance.objectNode().put("type", "object"), null, null, AccessRequirement.ANY_CALLER, blocking);
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return spec;
            }

            @Override
            public ToolResult call(ObjectNode arguments, ToolContext context) throws ToolException {
                return body.call(context);
            }
        };
    }
}
