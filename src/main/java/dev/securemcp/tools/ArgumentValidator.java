package dev.securemcp.tools;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks tool arguments against the subset of JSON Schema that tool input schemas use: required
 * properties, primitive types, enums, and nested objects and arrays. Returns one sentence naming
 * the first problem, for the client to read and correct.
 */
public final class ArgumentValidator {

    private ArgumentValidator() {
    }

    public static Optional<String> firstProblem(ObjectNode schema, ObjectNode arguments) {
        return check(schema, arguments, "arguments");
    }

    private static Optional<String> check(JsonNode schema, JsonNode value, String path) {
        String type = schema.path("type").textValue();
        if (type != null && !hasType(value, type)) {
            return Optional.of(path + " must be " + article(type) + ".");
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray() && !contains(allowed, value)) {
            return Optional.of(path + " must be one of " + allowed + ".");
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    return Optional.of("Missing required argument '" + required.asText() + "'.");
                }
            }
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode given = value.get(property.getKey());
                if (given != null && !given.isNull()) {
                    Optional<String> problem = check(property.getValue(), given, "'" + property.getKey() + "'");
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int index = 0;
            for (JsonNode item : value) {
                Optional<String> problem = check(schema.get("items"), item, path + "[" + index++ + "]");
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() % 1 == 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode candidate : allowed) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String article(String type) {
        return switch (type) {
            case "object", "array", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }
}
