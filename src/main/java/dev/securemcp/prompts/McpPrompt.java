package dev.securemcp.prompts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean a prompt: its {@code String} (or {@code Optional<String>})
 * parameters are the arguments, described with {@link dev.securemcp.tools.McpArg} (required unless
 * {@code Optional} or {@code required = false}); it may also take the
 * {@link dev.securemcp.access.Caller}. It returns a {@link PromptResult}, or a {@code String} that
 * becomes one user message.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpPrompt {

    /** The prompt's name; the method's name when empty. */
    String name() default "";

    String title() default "";

    String description();
}
