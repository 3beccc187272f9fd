package dev.securemcp.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How the handler of one request asks the client something (sampling/createMessage,
 * elicitation/create, roots/list) and gets its result. Handlers never see how: in a session the
 * question is a server-to-client request on the request's SSE stream, answered by a POST; a
 * stateless revision can instead end the request with an input-required result and re-run the
 * handler once the answers come back with the retried request, serving each ask, in order, from them.
 */
public interface ClientAsker {

    /** An asker for answers that cannot carry server requests (no stream, no session). */
    ClientAsker UNAVAILABLE = (key, method, params) -> {
        throw new ClientRequestException("This request cannot ask the client anything: "
                + "send it in a session and accept text/event-stream.");
    };

    /**
     * The {@code result} the client returned for {@code method}; blocks the calling worker thread.
     * {@code key} names the question among those of one request (stateless answers come back by it).
     *
     * @throws ClientRequestException when the client lacks the capability, answers with an error,
     *         or does not answer in time
     */
    JsonNode ask(String key, String method, ObjectNode params) throws ClientRequestException;

    /**
     * Asks several questions at once, {@code key -> question}; answers by key. In a session they go
     * out one after another; statelessly, every unanswered one goes into one input-required result.
     */
    default Map<String, JsonNode> askAll(Map<String, ClientQuestion> questions) throws ClientRequestException {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (Map.Entry<String, ClientQuestion> question : questions.entrySet()) {
            answers.put(question.getKey(), ask(question.getKey(), question.getValue().method(), question.getValue().params()));
        }
        return answers;
    }
}
