package dev.securemcp.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A tool: plain business code. Declare a CDI bean implementing this interface and it is listed and
 * callable. Arguments have already been checked against the input schema when {@link #call} runs.
 */
public interface Tool {

    ToolSpec spec();

    /**
     * Runs the tool. A business failure is either a {@link ToolResult#error} or a thrown
     * {@link ToolException}; both reach the client as a result with {@code isError: true}.
     */
    ToolResult call(ObjectNode arguments, ToolContext context) throws ToolException;
}
