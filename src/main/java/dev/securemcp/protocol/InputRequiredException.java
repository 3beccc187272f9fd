package dev.securemcp.protocol;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Ends a stateless request early: the handler needs answers from the client first. The transport
 * turns it into an input-required result carrying {@link #questions()} and a sealed state holding
 * {@link #answered()}; the client retries with the answers and the handler runs again.
 */
public final class InputRequiredException extends RuntimeException {
    private final transient Map<String, ClientQuestion> questions;
    private final transient ObjectNode answered;

    public InputRequiredException(Map<String, ClientQuestion> questions, ObjectNode answered) {
        super("Input required", null, false, false);
        this.questions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(questions));
        this.answered = answered;
    }

    public Map<String, ClientQuestion> questions() {
        return questions;
    }

    /** The answers used so far, by key: carried forward in the request state. */
    public ObjectNode answered() {
        return answered;
    }
}
