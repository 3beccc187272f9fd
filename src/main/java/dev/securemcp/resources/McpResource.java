package dev.securemcp.resources;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean a resource with a fixed URI. It may take the
 * {@link dev.securemcp.access.Caller}; it returns its contents: a {@code String} (text of
 * {@link #mimeType()}), a {@link dev.securemcp.content.ResourceContents} or a list of them. Who may
 * list and read it is declared with {@link dev.securemcp.access.Access}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpResource {

    String uri();

    /** Its short name; the method's name when empty. */
    String name() default "";

    String title() default "";

    String description() default "";

    String mimeType() default "text/plain";
}
