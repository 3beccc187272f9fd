package dev.securemcp.tools.methods;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;

/**
 * Makes one parameter's value from a call's (already validated) arguments. Built once per
 * parameter at start: a call does no reflection and no schema work.
 */
@FunctionalInterface
interface ArgumentBinder {

    Object bind(ObjectNode arguments, ToolContext context) throws ToolException;

    ArgumentBinder CONTEXT = (arguments, context) -> context;
    ArgumentBinder CALLER = (arguments, context) -> context.caller();
    ArgumentBinder ALL_ARGUMENTS = (arguments, context) -> arguments;

    /** The whole argument object as one record. */
    static ArgumentBinder whole(ObjectReader reader) {
        return (arguments, context) -> read(reader, arguments, "The arguments");
    }

    /**
     * The argument {@code name}: converted with {@code convert}; when absent the default, else
     * {@code Optional.empty()}, else the type's zero value.
     */
    static ArgumentBinder named(String name, Converter convert, JsonNode defaultValue, boolean optional,
            Object absent) {
        return (arguments, context) -> {
            JsonNode given = arguments.get(name);
            if (given == null || given.isNull()) {
                given = defaultValue;
            }
            if (given == null) {
                return optional ? Optional.empty() : absent;
            }
            Object value = convert.from(given, name);
            return optional ? Optional.ofNullable(value) : value;
        };
    }

    /** JSON to one Java type; fast paths for the common scalars, Jackson for the rest. */
    @FunctionalInterface
    interface Converter {
        Object from(JsonNode node, String name) throws ToolException;

        static Converter forType(Class<?> raw, ObjectReader reader) {
            if (raw == String.class) {
                return (node, name) -> node.asText();
            }
            if (raw == int.class || raw == Integer.class) {
                return (node, name) -> {
                    if (!node.canConvertToInt()) {
                        throw new ToolException("'" + name + "' is out of range.");
                    }
                    return node.intValue();
                };
            }
            if (raw == long.class || raw == Long.class) {
                return (node, name) -> {
                    if (!node.canConvertToLong()) {
                        throw new ToolException("'" + name + "' is out of range.");
                    }
                    return node.longValue();
                };
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return (node, name) -> node.booleanValue();
            }
            if (raw == double.class || raw == Double.class) {
                return (node, name) -> node.doubleValue();
            }
            return (node, name) -> read(reader, node, "'" + name + "'");
        }
    }

    private static Object read(ObjectReader reader, JsonNode node, String what) throws ToolException {
        try {
            return reader.readValue(node);
        } catch (IOException | IllegalArgumentException unreadable) {
            // Jackson's message names Java classes: the client gets only the argument's name.
            throw new ToolException(what + " cannot be read as the tool expects.");
        }
    }
}
