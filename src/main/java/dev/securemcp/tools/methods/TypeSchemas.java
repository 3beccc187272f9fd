package dev.securemcp.tools.methods;

import java.lang.reflect.Type;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;

import dev.securemcp.tools.McpArg;

/**
 * JSON Schemas (dialect 2020-12, the MCP default) for Java types, by victools with its Jackson and
 * Jakarta Validation modules. Record components and fields follow the same rules as parameters:
 * described and named by {@link McpArg}, required unless {@code Optional}, defaulted or
 * {@code required = false}, and constrained by Bean Validation as strictly as {@link Constraints}.
 */
final class TypeSchemas {
    private final SchemaGenerator generator;

    TypeSchemas() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS,
                        JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
                .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                // on the property only, not again on a list's items
                .withDescriptionResolver(field -> field.isFakeContainerItemScope() ? null : describe(arg(field)))
                .withPropertyNameOverrideResolver(field -> {
                    McpArg arg = arg(field);
                    return arg == null || arg.name().isEmpty() ? null : arg.name();
                })
                .withRequiredCheck(TypeSchemas::required)
                .withInstanceAttributeOverride((schema, field, context) -> {
                    McpArg arg = arg(field);
                    if (arg != null && !arg.defaultValue().isEmpty()) {
                        schema.set("default", Defaults.parse(arg.defaultValue()));
                    }
                    if (field.getDeclaredType().getErasedType() == String.class) {
                        Constraints.tightenStrings(schema, field.getAnnotationConsideringFieldAndGetter(
                                jakarta.validation.constraints.NotBlank.class) != null,
                                field.getAnnotationConsideringFieldAndGetter(jakarta.validation.constraints.Pattern.class));
                    }
                });
        generator = new SchemaGenerator(config.build());
    }

    /** A standalone schema for the type (records and enums inline or in {@code $defs}). */
    ObjectNode of(Type type) {
        return generator.generateSchema(type);
    }

    /** Several property schemas that share one {@code $defs}: collect it after the last {@link #reference}. */
    SchemaBuilder shared() {
        return generator.buildMultipleSchemaDefinitions();
    }

    private static McpArg arg(FieldScope field) {
        return field.getAnnotationConsideringFieldAndGetter(McpArg.class);
    }

    private static String describe(McpArg arg) {
        return arg == null || arg.value().isEmpty() ? null : arg.value();
    }

    private static boolean required(FieldScope field) {
        McpArg arg = arg(field);
        return field.getDeclaredType().getErasedType() != Optional.class
                && (arg == null || (arg.required() && arg.defaultValue().isEmpty()));
    }

    /** The default of a field or parameter, parsed once. */
    static final class Defaults {
        private Defaults() {
        }

        static JsonNode parse(String json) {
            try {
                return MethodTool.MAPPER.readTree(json);
            } catch (java.io.IOException notJson) {
                throw new IllegalArgumentException("its default " + json + " is not JSON");
            }
        }
    }
}
