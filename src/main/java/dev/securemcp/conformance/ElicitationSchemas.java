package dev.securemcp.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The requested schemas of the SEP-1034 (defaults) and SEP-1330 (enums) elicitation scenarios. */
final class ElicitationSchemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ElicitationSchemas() {
    }

    static ObjectNode withDefaults() {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("name").put("type", "string").put("description", "User name").put("default", "John Doe");
        properties.putObject("age").put("type", "integer").put("description", "User age").put("default", 30);
        properties.putObject("score").put("type", "number").put("description", "User score").put("default", 95.5);
        ObjectNode status = properties.putObject("status").put("type", "string").put("description", "User status");
        status.putArray("enum").add("active").add("inactive").add("pending");
        status.put("default", "active");
        properties.putObject("verified").put("type", "boolean").put("description", "Verification status")
                .put("default", true);
        return schema;
    }

    static ObjectNode enums() {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode untitledSingle = properties.putObject("untitledSingle").put("type", "string")
                .put("description", "Select one option");
        untitledSingle.putArray("enum").add("option1").add("option2").add("option3");
        ObjectNode titledSingle = properties.putObject("titledSingle").put("type", "string")
                .put("description", "Select one option with titles");
        titled(titledSingle.putArray("oneOf"), "Option");
        ObjectNode legacy = properties.putObject("legacyEnum").put("type", "string")
                .put("description", "Select one option (legacy)");
        legacy.putArray("enum").add("opt1").add("opt2").add("opt3");
        legacy.putArray("enumNames").add("Option One").add("Option Two").add("Option Three");
        ObjectNode untitledMulti = properties.putObject("untitledMulti").put("type", "array")
                .put("description", "Select multiple options");
        untitledMulti.putObject("items").put("type", "string").putArray("enum").add("option1").add("option2").add("option3");
        ObjectNode titledMulti = properties.putObject("titledMulti").put("type", "array")
                .put("description", "Select multiple options with titles");
        titled(titledMulti.putObject("items").putArray("anyOf"), "Choice");
        return schema;
    }

    private static void titled(ArrayNode choices, String noun) {
        String[] ordinals = {"First", "Second", "Third"};
        for (int i = 0; i < ordinals.length; i++) {
            choices.addObject().put("const", "value" + (i + 1)).put("title", ordinals[i] + " " + noun);
        }
    }
}
