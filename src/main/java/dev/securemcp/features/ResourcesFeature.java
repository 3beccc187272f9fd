package dev.securemcp.features;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessDeniedException;
import dev.securemcp.config.McpConfig;
import dev.securemcp.content.ResourceContents;
import dev.securemcp.ops.Printable;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.FeatureHandler;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.McpMethod;
import dev.securemcp.resources.Resource;
import dev.securemcp.resources.ResourceRegistry;
import dev.securemcp.resources.ResourceTemplate;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/** resources/list, resources/read, resources/templates/list, resources/subscribe and unsubscribe. */
@ApplicationScoped
public class ResourcesFeature implements FeatureHandler {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Inject
    ResourceRegistry registry;

    @Inject
    ResourceSubscriptions subscriptions;

    @Inject
    McpConfig config;

    @Override
    public Set<McpMethod> methods() {
        return Set.of(McpMethod.RESOURCES_LIST, McpMethod.RESOURCES_READ, McpMethod.RESOURCES_TEMPLATES_LIST,
                McpMethod.RESOURCES_SUBSCRIBE, McpMethod.RESOURCES_UNSUBSCRIBE);
    }

    @Override
    public void declareCapabilities(ObjectNode capabilities) {
        capabilities.putObject("resources").put("subscribe", true).put("listChanged", false);
    }

    /** From start-up on, a change to a resource on this replica reaches its subscribers, wherever they are. */
    void listen(@Observes StartupEvent start) {
        registry.onUpdate(subscriptions::publish);
    }

    @Override
    public Uni<JsonNode> handle(McpMethod method, JsonRpcRequest request, Exchange exchange) {
        if (method == McpMethod.RESOURCES_SUBSCRIBE) {
            return subscribe(Pages.requiredText(request, "uri"), exchange);
        }
        if (method == McpMethod.RESOURCES_UNSUBSCRIBE) {
            return exchange.session() == null ? Uni.createFrom().item(NODES.objectNode())
                    : subscriptions.unsubscribe(exchange.session(), Pages.requiredText(request, "uri"))
                            .map(done -> NODES.objectNode());
        }
        JsonNode result = switch (method) {
            case RESOURCES_LIST -> Pages.page(request, "resources", registry.resourcesVisibleTo(exchange.caller()),
                    config.pageSize(), ResourcesFeature::describe);
            case RESOURCES_TEMPLATES_LIST -> Pages.page(request, "resourceTemplates",
                    registry.templatesVisibleTo(exchange.caller()), config.pageSize(), ResourcesFeature::describe);
            case RESOURCES_READ -> read(Pages.requiredText(request, "uri"), exchange);
            default -> throw new IllegalArgumentException(method.wireName());
        };
        return Uni.createFrom().item(result);
    }

    private JsonNode read(String uri, Exchange exchange) {
        ResourceRegistry.Readable readable = readable(uri, exchange);
        List<ResourceContents> contents = readable.reader().apply(exchange.caller());
        if (contents.isEmpty()) {
            throw notFound(uri, exchange);
        }
        ObjectNode result = NODES.objectNode();
        ArrayNode array = result.putArray("contents");
        contents.forEach(c -> array.add(c.toJson()));
        return result;
    }

    private Uni<JsonNode> subscribe(String uri, Exchange exchange) {
        readable(uri, exchange);
        if (exchange.session() == null) {
            throw McpException.invalidRequest("Subscriptions need a session.");
        }
        return subscriptions.subscribe(exchange.session(), uri).map(done -> NODES.objectNode());
    }

    /** The resource at {@code uri} if it exists and the caller may read it; -32002 or 403 otherwise. */
    private ResourceRegistry.Readable readable(String uri, Exchange exchange) {
        ResourceRegistry.Readable readable = registry.resolve(uri).orElseThrow(() -> notFound(uri, exchange));
        if (!readable.access().permits(exchange.caller())) {
            throw new AccessDeniedException("resource " + uri, readable.access());
        }
        return readable;
    }

    /** -32002 in the session revisions; 2026-07-28 (SEP-2164) standardizes on -32602. */
    private static McpException notFound(String uri, Exchange exchange) {
        int code = exchange.version().stateless() ? ErrorCode.INVALID_PARAMS : ErrorCode.RESOURCE_NOT_FOUND;
        return new McpException(code, "Resource not found: " + Printable.text(uri, 200),
                NODES.objectNode().put("uri", uri));
    }

    private static ObjectNode describe(Resource resource) {
        ObjectNode node = NODES.objectNode();
        node.put("uri", resource.spec().uri());
        node.put("name", resource.spec().name());
        putIfPresent(node, "title", resource.spec().title());
        putIfPresent(node, "description", resource.spec().description());
        putIfPresent(node, "mimeType", resource.spec().mimeType());
        return node;
    }

    private static ObjectNode describe(ResourceTemplate template) {
        ObjectNode node = NODES.objectNode();
        node.put("uriTemplate", template.spec().uriTemplate());
        node.put("name", template.spec().name());
        putIfPresent(node, "title", template.spec().title());
        putIfPresent(node, "description", template.spec().description());
        putIfPresent(node, "mimeType", template.spec().mimeType());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
