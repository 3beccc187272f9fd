package dev.securemcp.tools;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The copy of a schema that validation compiles: the same schema without the keywords that only
 * annotate. JSON Schema 2020-12 (Validation, section 9): the meta-data keywords "do not affect
 * validation", so leaving them out cannot change a result, and each one left in costs every call a
 * step of the validator's walk. Only keyword positions are touched: a property that happens to be
 * named {@code description} stays, as do the values of {@code enum}, {@code const} and {@code required}.
 */
final class AssertionsOnly {
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "default", "examples",
            "deprecated", "$comment");
    /** Keywords whose value is one schema. */
    private static final Set<String> SUBSCHEMA = Set.of("items", "additionalItems", "additionalProperties",
            "unevaluatedItems", "unevaluatedProperties", "contains", "propertyNames", "not", "if", "then", "else");
    /** Keywords whose value is an array of schemas. */
    private static final Set<String> SUBSCHEMA_ARRAY = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    /** Keywords whose value maps names to schemas. */
    private static final Set<String> SUBSCHEMA_MAP = Set.of("properties", "patternProperties", "$defs",
            "definitions", "dependentSchemas", "dependencies");

    private AssertionsOnly() {
    }

    static ObjectNode of(ObjectNode schema) {
        ObjectNode copy = schema.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return; // a boolean schema, or not a schema: the validator's compile step judges it
        }
        object.remove(ANNOTATIONS);
        for (Map.Entry<String, JsonNode> keyword : object.properties()) {
            String name = keyword.getKey();
            JsonNode value = keyword.getValue();
            if (value.isArray() && (SUBSCHEMA_ARRAY.contains(name) || name.equals("items"))) {
                value.forEach(AssertionsOnly::strip);
            } else if (SUBSCHEMA.contains(name)) {
                strip(value);
            } else if (SUBSCHEMA_MAP.contains(name) && value.isObject()) {
                value.forEach(AssertionsOnly::strip);
            }
        }
    }
}
