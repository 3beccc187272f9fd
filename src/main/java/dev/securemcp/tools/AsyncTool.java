package dev.securemcp.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;

/**
 * A non-blocking tool whose answer comes later ({@code Uni} or {@code CompletionStage}): started
 * on the event loop, it must not block. A {@link ToolException} failure is an isError result.
 */
public interface AsyncTool extends Tool {

    Uni<ToolResult> callAsync(ObjectNode arguments, ToolContext context);

    /**
     * False when this particular tool answers at once after all: it is then called as a plain
     * {@link Tool}, without a timer for its timeout (the hot path of a quick tool such as greet).
     */
    default boolean answersLater() {
        return true;
    }
}
