package dev.securemcp.tools.methods;

import java.lang.reflect.AnnotatedElement;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Bean Validation constraints of a tool parameter as JSON Schema keywords (victools' Jakarta
 * module does the same for record components and fields). Where no keyword says exactly what the
 * constraint says, the schema is stricter, never looser: {@code @NotBlank} adds a pattern that
 * needs a non-space character, and {@code @Pattern} is anchored because Bean Validation matches
 * the whole value while a JSON Schema pattern matches anywhere in it.
 */
final class Constraints {
    static final String NOT_BLANK = "\\S";

    private Constraints() {
    }

    static void apply(ObjectNode schema, AnnotatedElement on, Class<?> type) {
        boolean string = CharSequence.class.isAssignableFrom(type);
        boolean array = Collection.class.isAssignableFrom(type) || type.isArray();
        boolean object = Map.class.isAssignableFrom(type);
        Size size = on.getAnnotation(Size.class);
        if (size != null) {
            bounds(schema, string ? "Length" : array ? "Items" : object ? "Properties" : null, size.min(), size.max());
        }
        if (on.isAnnotationPresent(NotEmpty.class) || on.isAnnotationPresent(NotBlank.class)) {
            String suffix = string ? "Length" : array ? "Items" : object ? "Properties" : null;
            if (suffix != null && schema.path("min" + suffix).asInt(0) < 1) {
                schema.put("min" + suffix, 1);
            }
        }
        Min min = on.getAnnotation(Min.class);
        if (min != null) {
            schema.put("minimum", min.value());
        }
        Max max = on.getAnnotation(Max.class);
        if (max != null) {
            schema.put("maximum", max.value());
        }
        DecimalMin decimalMin = on.getAnnotation(DecimalMin.class);
        if (decimalMin != null) {
            schema.put(decimalMin.inclusive() ? "minimum" : "exclusiveMinimum", new java.math.BigDecimal(decimalMin.value()));
        }
        DecimalMax decimalMax = on.getAnnotation(DecimalMax.class);
        if (decimalMax != null) {
            schema.put(decimalMax.inclusive() ? "maximum" : "exclusiveMaximum", new java.math.BigDecimal(decimalMax.value()));
        }
        if (on.isAnnotationPresent(Positive.class)) {
            schema.put("exclusiveMinimum", 0);
        }
        if (on.isAnnotationPresent(PositiveOrZero.class)) {
            schema.put("minimum", 0);
        }
        if (on.isAnnotationPresent(Negative.class)) {
            schema.put("exclusiveMaximum", 0);
        }
        if (on.isAnnotationPresent(NegativeOrZero.class)) {
            schema.put("maximum", 0);
        }
        if (on.isAnnotationPresent(Email.class)) {
            schema.put("format", "email");
        }
        if (string) {
            tightenStrings(schema, on.isAnnotationPresent(NotBlank.class), on.getAnnotation(Pattern.class));
        }
    }

    /** {@code @NotBlank} and {@code @Pattern} on a string, as strictly as Bean Validation means them. */
    static void tightenStrings(ObjectNode schema, boolean notBlank, Pattern pattern) {
        if (pattern != null) {
            schema.put("pattern", anchored(pattern.regexp()));
        }
        if (notBlank) {
            if (schema.has("pattern")) {
                schema.withArray("allOf").addObject().put("pattern", NOT_BLANK);
            } else {
                schema.put("pattern", NOT_BLANK);
            }
            if (schema.path("minLength").asInt(0) < 1) {
                schema.put("minLength", 1);
            }
        }
    }

    private static String anchored(String regexp) {
        // Fails at start, naming the method, when the expression is not one.
        java.util.regex.Pattern.compile(regexp);
        return "^(?:" + regexp + ")$";
    }

    private static void bounds(ObjectNode schema, String suffix, int min, int max) {
        if (suffix == null) {
            return;
        }
        if (min > 0) {
            schema.put("min" + suffix, min);
        }
        if (max < Integer.MAX_VALUE) {
            schema.put("max" + suffix, max);
        }
    }
}
