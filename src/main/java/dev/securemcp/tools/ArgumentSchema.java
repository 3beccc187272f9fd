package dev.securemcp.tools;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * A tool's input schema compiled once (networknt json-schema-validator, JSON Schema 2020-12,
 * formats asserted, no remote references fetched; the keywords that only annotate left out, see
 * {@link AssertionsOnly}), and the check of a call's arguments against it. networknt decides every
 * call, except that arguments a {@link PlainShape} vouches for are valid without its walk.
 * "Input validation errors ... should be reported as Tool Execution Errors": the first problem is
 * one sentence that names the argument and the rule it breaks.
 */
public final class ArgumentSchema {
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)));

    /** What the registry's config says, built once rather than by the library on every call. */
    private static final ExecutionConfig EXECUTION = ExecutionConfig.builder().formatAssertionsEnabled(true).build();

    private final Schema schema;
    /** Null when the schema is not a plain one. */
    private final PlainShape plain;

    private ArgumentSchema(Schema schema, PlainShape plain) {
        this.schema = schema;
        this.plain = plain;
    }

    /** Throws {@link IllegalArgumentException} with the reason when the schema is not a valid one. */
    public static ArgumentSchema compile(ObjectNode inputSchema) {
        try {
            ObjectNode assertions = AssertionsOnly.of(inputSchema);
            Schema compiled = SCHEMAS.getSchema(assertions);
            compiled.initializeValidators();
            return new ArgumentSchema(compiled, PlainShape.of(assertions).orElse(null));
        } catch (RuntimeException invalid) {
            throw new IllegalArgumentException(invalid.getMessage(), invalid);
        }
    }

    public Optional<String> firstProblem(JsonNode arguments) {
        if (plain != null && plain.certainlyValid(arguments)) {
            return Optional.empty();
        }
        List<Error> errors = schema.validate(new ExecutionContext(EXECUTION), arguments, OutputFormat.DEFAULT);
        return errors.isEmpty() ? Optional.empty() : Optional.of(sentence(errors.get(0)));
    }

    static String sentence(Error error) {
        String keyword = error.getKeyword();
        if ("required".equals(keyword) && error.getProperty() != null && isRoot(error)) {
            return "Missing required argument '" + error.getProperty() + "'.";
        }
        String where = "'" + path(error) + "'";
        if ("type".equals(keyword) && error.getSchemaNode() != null && error.getSchemaNode().isTextual()) {
            return where + " must be " + article(error.getSchemaNode().textValue()) + ".";
        }
        return where + ": " + error.getMessage() + " (" + keyword + ").";
    }

    private static boolean isRoot(Error error) {
        return path(error).equals("arguments");
    }

    private static String path(Error error) {
        String location = String.valueOf(error.getInstanceLocation());
        if (location.startsWith("$")) {
            location = location.substring(1);
        }
        if (location.startsWith(".") || location.startsWith("/")) {
            location = location.substring(1);
        }
        return location.isEmpty() ? "arguments" : location;
    }

    private static String article(String type) {
        return switch (type) {
            case "object", "array", "integer" -> "an " + type;
            default -> "a " + type;
        };
    }
}
