package dev.securemcp.tools;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one argument of a {@link McpTool} method, or one property of a record used as an
 * argument or a result.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface McpArg {

    /** The description shown to the model. */
    String value() default "";

    /** The argument's name; the parameter's name when empty. */
    String name() default "";

    /**
     * The value used when the argument is absent, as JSON ({@code "20"}, {@code "\"World\""}); it
     * also appears as the schema's {@code default}. An argument with a default is optional.
     */
    String defaultValue() default "";

    /** False: the argument may be left out (an {@code Optional} parameter always may). */
    boolean required() default true;
}
