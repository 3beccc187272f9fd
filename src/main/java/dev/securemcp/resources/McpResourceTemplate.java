package dev.securemcp.resources;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean a resource template: each {@code {variable}} of
 * {@link #uriTemplate()} is a {@code String} parameter of the same name (or
 * {@code @McpArg(name = ...)}); it may also take the {@link dev.securemcp.access.Caller}. It returns
 * the contents as an {@link McpResource} method does; an empty list means there is no such resource.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpResourceTemplate {

    /** An RFC 6570 level-1 template, e.g. {@code notes://{id}}. */
    String uriTemplate();

    /** Its short name; the method's name when empty. */
    String name() default "";

    String title() default "";

    String description() default "";

    String mimeType() default "text/plain";
}
