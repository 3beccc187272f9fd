package dev.securemcp.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.Caller;

/** What a running tool may see and do besides computing its result. */
public interface ToolContext {

    /** The authenticated caller. */
    Caller caller();

    /**
     * Reports progress; sent only when the client asked for it (a progress token). Values must
     * increase; a value that does not is dropped.
     */
    void progress(double progress, Double total, String message);

    /** Sends a log message to the client when its level is at or above the client's chosen level. */
    void log(LogLevel level, String message);

    /**
     * Asks the user, through the client, for input matching {@code requestedSchema} (a flat JSON
     * Schema object of primitive properties). Blocks until the answer comes: only tools declared
     * {@code blocking} may ask. A tool may be run again from the start to collect the answer (the
     * stateless revision does so), so it should ask before doing anything it must not repeat.
     *
     * @throws ToolException when the client cannot or does not answer
     */
    default Elicitation elicit(String message, ObjectNode requestedSchema) throws ToolException {
        throw new ToolException("This tool cannot ask the client for input here.");
    }

    /**
     * Asks the client's model for a completion: {@code params} of {@code sampling/createMessage}
     * ({@code messages}, {@code maxTokens}, ...); returns its result ({@code role}, {@code content},
     * {@code model}, ...). Same rules as {@link #elicit}.
     */
    default ObjectNode sample(ObjectNode params) throws ToolException {
        throw new ToolException("This tool cannot ask the client for a sample here.");
    }

    /** The client's roots ({@code uri}, {@code name}). Same rules as {@link #elicit}. */
    default ArrayNode roots() throws ToolException {
        throw new ToolException("This tool cannot ask the client for its roots here.");
    }

    /** True once the client cancelled the request or its time ran out: a long tool should stop. */
    boolean cancelled();
}
