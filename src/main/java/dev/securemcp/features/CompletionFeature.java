package dev.securemcp.features;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessDeniedException;
import dev.securemcp.prompts.Prompt;
import dev.securemcp.prompts.PromptRegistry;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.FeatureHandler;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.McpMethod;
import dev.securemcp.resources.ResourceRegistry;
import dev.securemcp.resources.ResourceTemplate;
import io.smallrye.mutiny.Uni;

/** completion/complete: suggestions for a prompt argument or a resource template variable. */
@ApplicationScoped
public class CompletionFeature implements FeatureHandler {
    /** "values: ... Must not exceed 100 items." */
    static final int MAX_VALUES = 100;

    @Inject
    PromptRegistry prompts;

    @Inject
    ResourceRegistry resources;

    @Override
    public Set<McpMethod> methods() {
        return Set.of(McpMethod.COMPLETION_COMPLETE);
    }

    @Override
    public void declareCapabilities(ObjectNode capabilities) {
        capabilities.putObject("completions");
    }

    @Override
    public Uni<JsonNode> handle(McpMethod method, JsonRpcRequest request, Exchange exchange) {
        JsonNode ref = request.params().get("ref");
        JsonNode argument = request.params().get("argument");
        if (ref == null || !ref.isObject() || argument == null || !argument.path("name").isTextual()) {
            throw McpException.invalidParams("completion/complete needs a ref and an argument with a name.");
        }
        String name = argument.get("name").textValue();
        String value = argument.path("value").asText("");
        Map<String, String> context = PromptsFeature.arguments(request.params().path("context").get("arguments"));
        List<String> values = switch (ref.path("type").asText()) {
            case "ref/prompt" -> {
                Prompt prompt = prompts.find(ref.path("name").asText())
                        .orElseThrow(() -> McpException.invalidParams("Unknown prompt: " + ref.path("name").asText()));
                if (!prompt.spec().access().permits(exchange.caller())) {
                    throw new AccessDeniedException("prompt " + prompt.spec().name(), prompt.spec().access());
                }
                yield prompt.complete(name, value, context);
            }
            case "ref/resource" -> {
                ResourceTemplate template = resources.template(ref.path("uri").asText())
                        .orElseThrow(() -> McpException.invalidParams("Unknown resource template: " + ref.path("uri").asText()));
                if (!template.spec().access().permits(exchange.caller())) {
                    throw new AccessDeniedException("resource template " + template.spec().uriTemplate(),
                            template.spec().access());
                }
                yield template.complete(name, value);
            }
            default -> throw McpException.invalidParams("ref.type must be ref/prompt or ref/resource.");
        };
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode completion = result.putObject("completion");
        com.fasterxml.jackson.databind.node.ArrayNode array = completion.putArray("values");
        values.stream().limit(MAX_VALUES).forEach(array::add);
        completion.put("total", values.size());
        completion.put("hasMore", values.size() > MAX_VALUES);
        return Uni.createFrom().item(result);
    }
}
