package dev.securemcp.tools;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A certificate of validity for the plainest input schemas, asked before networknt. When a schema
 * (at every depth) says nothing but {@code type} (one name), {@code properties}, {@code required}
 * and a boolean {@code additionalProperties}, an argument object whose values all have the JSON
 * types named is valid, and networknt's walk (most of a call's dispatch) is not needed. This check
 * never rejects: whatever it cannot vouch for, a schema with any other keyword or a value of
 * another type (a {@code 2.0} where {@code integer} is asked), goes to networknt, which decides and
 * writes the error. {@code PlainShapeTest} holds it to networknt's verdicts.
 */
final class PlainShape {
    private static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "additionalProperties");
    private static final Set<String> TYPES = Set.of("object", "array", "string", "number", "integer", "boolean", "null");

    private final String type;
    private final Map<String, PlainShape> properties;
    private final List<String> required;
    private final boolean closed;

    private PlainShape(String type, Map<String, PlainShape> properties, List<String> required, boolean closed) {
        this.type = type;
        this.properties = properties;
        this.required = required;
        this.closed = closed;
    }

    /** The shape of a schema made only of the keywords above (annotations already left out); empty otherwise. */
    static Optional<PlainShape> of(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return Optional.empty();
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            if (!KEYWORDS.contains(names.next())) {
                return Optional.empty();
            }
        }
        JsonNode type = object.get("type");
        JsonNode additional = object.get("additionalProperties");
        JsonNode required = object.get("required");
        if ((type != null && !(type.isTextual() && TYPES.contains(type.textValue())))
                || (additional != null && !additional.isBoolean()) || (required != null && !required.isArray())) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        if (required != null) {
            for (JsonNode name : required) {
                if (!name.isTextual()) {
                    return Optional.empty();
                }
                names.add(name.textValue());
            }
        }
        Map<String, PlainShape> properties = new LinkedHashMap<>();
        JsonNode declared = object.get("properties");
        if (declared != null) {
            if (!declared.isObject()) {
                return Optional.empty();
            }
            for (Map.Entry<String, JsonNode> property : declared.properties()) {
                Optional<PlainShape> shape = of(property.getValue());
                if (shape.isEmpty()) {
                    return Optional.empty();
                }
                properties.put(property.getKey(), shape.get());
            }
        }
        return Optional.of(new PlainShape(type == null ? null : type.textValue(), Map.copyOf(properties),
                List.copyOf(names), additional != null && !additional.booleanValue()));
    }

    /** True only when the value is valid against the schema; false means "ask networknt". */
    boolean certainlyValid(JsonNode value) {
        if (type != null && !hasType(value)) {
            return false;
        }
        if (!value.isObject()) {
            return true; // properties, required and additionalProperties apply to objects only
        }
        for (String name : required) {
            if (!value.has(name)) {
                return false;
            }
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            PlainShape shape = properties.get(field.getKey());
            if (shape == null ? closed : !shape.certainlyValid(field.getValue())) {
                return false;
            }
        }
        return true;
    }

    private boolean hasType(JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            default -> value.isNull();
        };
    }
}
