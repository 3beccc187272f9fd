package dev.securemcp.tools.methods;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.tools.ToolResult;
import io.smallrye.mutiny.Uni;

/**
 * A tool method's return value as a {@link ToolResult}, chosen once from the declared type: a
 * {@code String} (or number, boolean) is text, a {@link ToolResult} passes as it is, {@code void}
 * is an empty result, a record or map is structured content with its JSON as the text fallback
 * ("a tool that returns structured content SHOULD also return the serialized JSON in a TextContent
 * block").
 */
@FunctionalInterface
interface ResultMapper {

    ToolResult map(Object value);

    /** The result of a {@code void} method. */
    ResultMapper EMPTY = value -> ToolResult.of();

    /** The declared type without its {@code Uni} or {@code CompletionStage}. */
    static Type unwrapAsync(Type declared) {
        if (declared instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && (raw == Uni.class || CompletionStage.class.isAssignableFrom(raw))) {
            return generic.getActualTypeArguments()[0];
        }
        return declared;
    }

    static boolean isAsync(Class<?> returned) {
        return returned == Uni.class || CompletionStage.class.isAssignableFrom(returned);
    }

    /** Whether values of this type are structured content (and have an output schema). */
    static boolean isStructured(Class<?> raw) {
        return raw != ToolResult.class && (raw.isRecord() || Map.class.isAssignableFrom(raw));
    }

    /** Null when the type cannot be a result. */
    static ResultMapper forType(Class<?> raw) {
        if (raw == ToolResult.class) {
            return value -> (ToolResult) value;
        }
        if (raw == void.class || raw == Void.class) {
            return EMPTY;
        }
        if (raw == String.class || raw.isPrimitive() || Number.class.isAssignableFrom(raw) || raw == Boolean.class) {
            return value -> ToolResult.text(String.valueOf(value));
        }
        if (isStructured(raw)) {
            return value -> {
                JsonNode tree = MethodTool.MAPPER.valueToTree(value);
                if (!(tree instanceof ObjectNode object)) {
                    throw new IllegalStateException("A structured result must be a JSON object.");
                }
                return ToolResult.structured(object);
            };
        }
        // a list or any other class: structured content is an object, so wrap it in a record
        return null;
    }
}
