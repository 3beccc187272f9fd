package dev.securemcp.tools;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.Caller;
import dev.securemcp.protocol.ClientQuestion;

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

    /**
     * Like {@link #elicit(String, ObjectNode)} but names the question: {@code key} identifies it among the
     * questions of one request (a stateless client answers by it, for example {@code "user_name"}).
     */
    default Elicitation elicit(String key, String message, ObjectNode requestedSchema) throws ToolException {
        return elicit(message, requestedSchema);
    }

    /** {@link #sample(ObjectNode)} with a named question. */
    default ObjectNode sample(String key, ObjectNode params) throws ToolException {
        return sample(params);
    }

    /** {@link #roots()} with a named question. */
    default ArrayNode roots(String key) throws ToolException {
        return roots();
    }

    /**
     * Asks several questions at once ({@code key -> method and params}) and returns the client's
     * results by key: statelessly they travel in one round trip.
     */
    default Map<String, JsonNode> askAll(Map<String, ClientQuestion> questions) throws ToolException {
        throw new ToolException("This tool cannot ask the client for input here.");
    }

    /** Whether the client declared {@code capability} ({@code sampling}, {@code elicitation}, {@code roots}). */
    default boolean clientSupports(String capability) {
        return false;
    }

    /** True once the client cancelled the request or its time ran out: a long tool should stop. */
    boolean cancelled();
}
