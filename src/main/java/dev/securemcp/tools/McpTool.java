package dev.securemcp.tools;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of a CDI bean a tool. Its parameters are the arguments (each described with
 * {@link McpArg}; a {@link ToolContext} or {@link dev.securemcp.access.Caller} parameter is injected
 * instead), its return type the result: a {@code String} is text, a record or other object is
 * structured content with an output schema, a {@link ToolResult} is passed as it is, a {@code Uni}
 * or {@code CompletionStage} of any of these is waited for without blocking. A plain method runs
 * on the tool's bounded pool unless it is marked {@link #nonBlocking()}; who may call it is declared
 * with {@link dev.securemcp.access.Access}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface McpTool {

    /** The tool's name; the method's name when empty. */
    String name() default "";

    /** A human-readable title, or none. */
    String title() default "";

    /** What the tool does, for the model. */
    String description();

    /** Emits {@code readOnlyHint: true}: the tool changes nothing. */
    boolean readOnly() default false;

    /** Emits {@code destructiveHint: true}: the tool may destroy or overwrite. */
    boolean destructive() default false;

    /**
     * Emits {@code destructiveHint: false}: the tool "performs only additive updates". A client
     * assumes destructive when nothing is said, so this is the one to declare for a tool that only adds.
     */
    boolean additive() default false;

    /** Emits {@code idempotentHint: true}: calling it twice does no more than once. */
    boolean idempotent() default false;

    /** Emits {@code openWorldHint: true}: the tool reaches outside this server. */
    boolean openWorld() default false;

    /**
     * Emits {@code openWorldHint: false}: "the tool's domain of interaction is closed". A client
     * assumes an open world when nothing is said.
     */
    boolean closedWorld() default false;

    /**
     * True: the method never blocks (no I/O, no waiting), so it runs on the event loop, without a
     * hop to the tool pool. A method returning {@code Uni} or {@code CompletionStage} is always so.
     */
    boolean nonBlocking() default false;

    /**
     * A classpath resource holding the input schema, for what types cannot say (conditionals,
     * composition): the method then takes the arguments as one {@code ObjectNode} parameter.
     */
    String inputSchema() default "";
}
