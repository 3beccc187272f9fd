package dev.securemcp.prompts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method the completer of one argument (completion/complete) of a {@link McpPrompt} or a
 * {@link dev.securemcp.resources.McpResourceTemplate} of the same class: name exactly one of
 * {@link #prompt()} and {@link #uriTemplate()}. The method takes the text typed so far (a
 * {@code String}) and, optionally, the arguments already chosen (a {@code Map<String, String>}),
 * and returns the suggested values, best first, as a {@code List<String>}. Who may ask is who may
 * use the prompt or template.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpCompletion {

    /** The prompt's name, or empty. */
    String prompt() default "";

    /** The resource template's URI template, or empty. */
    String uriTemplate() default "";

    /** The prompt argument or URI template variable it completes. */
    String argument();
}
