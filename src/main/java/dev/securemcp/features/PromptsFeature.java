package dev.securemcp.features;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessDeniedException;
import dev.securemcp.config.McpConfig;
import dev.securemcp.prompts.Prompt;
import dev.securemcp.prompts.PromptArgument;
import dev.securemcp.prompts.PromptRegistry;
import dev.securemcp.prompts.PromptResult;
import dev.securemcp.protocol.ClientAsker;
import dev.securemcp.protocol.ClientRequestException;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.FeatureHandler;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.McpMethod;
import io.smallrye.mutiny.Uni;

/** prompts/list and prompts/get. */
@ApplicationScoped
public class PromptsFeature implements FeatureHandler {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Inject
    PromptRegistry registry;

    @Inject
    McpConfig config;

    @Override
    public Set<McpMethod> methods() {
        return Set.of(McpMethod.PROMPTS_LIST, McpMethod.PROMPTS_GET);
    }

    @Override
    public void declareCapabilities(ObjectNode capabilities) {
        capabilities.putObject("prompts").put("listChanged", false);
    }

    @Override
    public Uni<JsonNode> handle(McpMethod method, JsonRpcRequest request, Exchange exchange) {
        return Uni.createFrom().item(switch (method) {
            case PROMPTS_LIST -> Pages.page(request, "prompts", registry.visibleTo(exchange.caller()),
                    config.pageSize(), PromptsFeature::describe);
            case PROMPTS_GET -> get(request, exchange);
            default -> throw new IllegalArgumentException(method.wireName());
        });
    }

    private static final ClientAsker IN_A_SESSION = (key, method, params) -> {
        throw new ClientRequestException("in a session a prompt cannot wait for an answer; "
                + "it can ask in a stateless (2026-07-28) request.");
    };

    private JsonNode get(JsonRpcRequest request, Exchange exchange) {
        String name = Pages.requiredText(request, "name");
        Prompt prompt = registry.find(name).orElseThrow(() -> McpException.invalidParams("Unknown prompt: " + name));
        if (!prompt.spec().access().permits(exchange.caller())) {
            throw new AccessDeniedException("prompt " + name, prompt.spec().access());
        }
        Map<String, String> arguments = arguments(request.params().get("arguments"));
        for (PromptArgument argument : prompt.spec().arguments()) {
            if (argument.required() && !arguments.containsKey(argument.name())) {
                throw McpException.invalidParams("The prompt " + name + " needs the argument '" + argument.name() + "'.");
            }
        }
        PromptResult result;
        try {
            // Prompts run on the event loop: they may ask only where asking does not wait (stateless).
            result = prompt.get(arguments, exchange.caller(), exchange.version().stateless() ? exchange.asker() : IN_A_SESSION);
        } catch (ClientRequestException unanswered) {
            throw new McpException(ErrorCode.INTERNAL_ERROR, "The prompt " + name + " could not ask the client: "
                    + unanswered.getMessage());
        }
        ObjectNode encoded = NODES.objectNode();
        if (result.description() != null) {
            encoded.put("description", result.description());
        }
        encoded.set("messages", result.messages());
        return encoded;
    }

    /** Prompt arguments are strings: {@code {"name": "value"}}. */
    static Map<String, String> arguments(JsonNode node) {
        Map<String, String> arguments = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return arguments;
        }
        if (!node.isObject()) {
            throw McpException.invalidParams("arguments must be a JSON object of strings.");
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getValue().isTextual()) {
                throw McpException.invalidParams("The argument '" + field.getKey() + "' must be a string.");
            }
            arguments.put(field.getKey(), field.getValue().textValue());
        });
        return arguments;
    }

    private static ObjectNode describe(Prompt prompt) {
        ObjectNode node = NODES.objectNode();
        node.put("name", prompt.spec().name());
        if (prompt.spec().title() != null) {
            node.put("title", prompt.spec().title());
        }
        node.put("description", prompt.spec().description());
        ArrayNode arguments = node.putArray("arguments");
        for (PromptArgument argument : prompt.spec().arguments()) {
            ObjectNode entry = arguments.addObject().put("name", argument.name());
            if (argument.description() != null) {
                entry.put("description", argument.description());
            }
            entry.put("required", argument.required());
        }
        return node;
    }
}
