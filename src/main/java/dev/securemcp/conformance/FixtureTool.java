package dev.securemcp.conformance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;
import dev.securemcp.tools.ToolResult;
import dev.securemcp.tools.ToolSpec;

/** A conformance tool built from a name, a schema and a body; open to any authenticated caller. */
final class FixtureTool implements Tool {

    @FunctionalInterface
    interface Body {
        ToolResult call(ObjectNode arguments, ToolContext context) throws ToolException;
    }

    private final ToolSpec spec;
    private final Body body;

    private FixtureTool(ToolSpec spec, Body body) {
        this.spec = spec;
        this.body = body;
    }

    /** A tool that answers at once, on the event loop. */
    static Tool quick(String name, String description, Body body) {
        return new FixtureTool(new ToolSpec(name, null, description, noArguments(), null, null,
                AccessRequirement.ANY_CALLER, false), body);
    }

    /** A tool that waits (sleeps, or asks the client), on the tool pool. */
    static Tool waiting(String name, String description, ObjectNode inputSchema, Body body) {
        return new FixtureTool(new ToolSpec(name, null, description, inputSchema, null, null,
                AccessRequirement.ANY_CALLER, true), body);
    }

    static ObjectNode noArguments() {
        return JsonNodeFactory.instance.objectNode().put("type", "object");
    }

    /** An object schema with required string properties. */
    static ObjectNode strings(String... namesAndDescriptions) {
        ObjectNode schema = noArguments();
        ObjectNode properties = schema.putObject("properties");
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            properties.putObject(namesAndDescriptions[i]).put("type", "string")
                    .put("description", namesAndDescriptions[i + 1]);
            schema.withArray("required").add(namesAndDescriptions[i]);
        }
        return schema;
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult call(ObjectNode arguments, ToolContext context) throws ToolException {
        return body.call(arguments, context);
    }
}
