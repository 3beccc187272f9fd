package dev.securemcp.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Asks the client in the stateless revision: an answer already provided (in the retried request's
 * {@code inputResponses}, or carried in its sealed state) is served at once; otherwise the request
 * ends with an input-required result listing the questions. Answers for keys nobody asks are
 * ignored; an answer of the wrong shape is refused.
 */
public final class StatelessClientAsker implements ClientAsker {
    private final ObjectNode clientCapabilities;
    private final ObjectNode provided;
    private final ObjectNode used = JsonNodeFactory.instance.objectNode();

    /** {@code provided}: key -> the client's result, from the state and the request together. */
    public StatelessClientAsker(ObjectNode clientCapabilities, ObjectNode provided) {
        this.clientCapabilities = clientCapabilities;
        this.provided = provided;
    }

    @Override
    public JsonNode ask(String key, String method, ObjectNode params) {
        return askAll(Map.of(key, new ClientQuestion(method, params))).get(key);
    }

    @Override
    public synchronized Map<String, JsonNode> askAll(Map<String, ClientQuestion> questions) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        Map<String, ClientQuestion> missing = new LinkedHashMap<>();
        for (Map.Entry<String, ClientQuestion> entry : questions.entrySet()) {
            String method = entry.getValue().method();
            if (!ClientCapability.allows(clientCapabilities, method)) {
                throw missingCapability(method);
            }
            JsonNode answer = provided.get(entry.getKey());
            if (answer == null) {
                missing.put(entry.getKey(), entry.getValue());
                continue;
            }
            checkShape(entry.getKey(), method, answer);
            used.set(entry.getKey(), answer);
            answers.put(entry.getKey(), answer);
        }
        if (!missing.isEmpty()) {
            throw new InputRequiredException(missing, used.deepCopy());
        }
        return answers;
    }

    private static void checkShape(String key, String method, JsonNode answer) {
        boolean fits = switch (method) {
            case "elicitation/create" -> answer.isObject() && answer.path("action").isTextual();
            case "roots/list" -> answer.isObject() && answer.path("roots").isArray();
            default -> answer.isObject();
        };
        if (!fits) {
            throw McpException.invalidParams("inputResponses." + key + " is not a valid " + method + " result.");
        }
    }

    private static McpException missingCapability(String method) {
        String capability = ClientCapability.of(method);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("requiredCapabilities").putObject(capability);
        return new McpException(ErrorCode.MISSING_CLIENT_CAPABILITY, "This request needs the client capability '"
                + capability + "', which the request's clientCapabilities do not declare.", data);
    }
}
