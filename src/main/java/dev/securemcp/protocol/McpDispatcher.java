package dev.securemcp.protocol;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessDeniedException;
import io.smallrye.mutiny.Uni;

/** Routes each JSON-RPC message to the lifecycle logic or to the feature that answers it. */
@ApplicationScoped
public class McpDispatcher {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String INSTRUCTIONS = "Every request needs an OAuth bearer token. "
            + "Tools you may not use are left out of tools/list.";

    private final Map<McpMethod, FeatureHandler> handlers = new EnumMap<>(McpMethod.class);
    private final ObjectNode capabilities = NODES.objectNode();

    @Inject
    Instance<FeatureHandler> features;

    @ConfigProperty(name = "quarkus.application.version", defaultValue = "0")
    String serverVersion;

    @PostConstruct
    void collectFeatures() {
        for (FeatureHandler feature : features) {
            for (McpMethod method : feature.methods()) {
                if (handlers.putIfAbsent(method, feature) != null) {
                    throw new IllegalStateException("Two features answer " + method.wireName());
                }
            }
            feature.declareCapabilities(capabilities);
        }
    }

    /** Answers initialize: negotiates the revision and describes the server. */
    public Negotiation initialize(JsonRpcRequest request) {
        JsonNode requested = request.params().get("protocolVersion");
        if (requested == null || !requested.isTextual()) {
            throw McpException.invalidParams("initialize needs a protocolVersion string.");
        }
        ProtocolVersion version = ProtocolVersion.negotiate(requested.textValue());
        ObjectNode result = NODES.objectNode();
        result.put("protocolVersion", version.wire());
        result.set("capabilities", capabilities.deepCopy());
        ObjectNode serverInfo = result.putObject("serverInfo");
        serverInfo.put("name", "secure-mcp");
        serverInfo.put("title", "secure-mcp");
        serverInfo.put("version", serverVersion);
        result.put("instructions", INSTRUCTIONS);
        return new Negotiation(version, objectOrEmpty(request.params().get("clientInfo")),
                objectOrEmpty(request.params().get("capabilities")), result);
    }

    /**
     * Answers server/discover (2026-07-28): the revisions served without a session and what the server
     * can do there (no logging/setLevel, no subscriptions, no list-changed notifications).
     */
    public ObjectNode discover() {
        ObjectNode result = NODES.objectNode();
        result.putArray("supportedVersions").add(ProtocolVersion.V2026_07_28.wire());
        ObjectNode stateless = capabilities.deepCopy();
        stateless.remove("logging");
        stateless.properties().forEach(entry -> {
            if (entry.getValue() instanceof ObjectNode feature) {
                feature.remove("listChanged");
                feature.remove("subscribe");
            }
        });
        result.set("capabilities", stateless);
        result.put("instructions", INSTRUCTIONS);
        ObjectNode serverInfo = result.putObject("_meta").putObject("io.modelcontextprotocol/serverInfo");
        serverInfo.put("name", "secure-mcp");
        serverInfo.put("version", serverVersion);
        return result;
    }

    /** Answers every request but initialize; failures carry a {@link McpException}. */
    public Uni<JsonNode> dispatch(JsonRpcRequest request, Exchange exchange) {
        McpMethod method = McpMethod.fromWire(request.method()).orElse(null);
        if (method == null) {
            return Uni.createFrom().failure(new McpException(ErrorCode.METHOD_NOT_FOUND,
                    "Method not found: " + request.method()));
        }
        return switch (method) {
            case INITIALIZE -> Uni.createFrom().failure(
                    McpException.invalidRequest("initialize may only be sent once, to open a session."));
            case PING -> Uni.createFrom().item(NODES.objectNode());
            case SERVER_DISCOVER -> exchange.version().stateless() ? Uni.createFrom().item(discover())
                    : Uni.createFrom().failure(new McpException(ErrorCode.METHOD_NOT_FOUND,
                            "Method not found: server/discover is part of 2026-07-28; in a session, use initialize."));
            case TOOLS_LIST, TOOLS_CALL, LOGGING_SET_LEVEL, RESOURCES_LIST, RESOURCES_READ, RESOURCES_TEMPLATES_LIST,
                    RESOURCES_SUBSCRIBE, RESOURCES_UNSUBSCRIBE, PROMPTS_LIST, PROMPTS_GET, COMPLETION_COMPLETE ->
                feature(method, request, exchange);
            case NOTIFICATIONS_INITIALIZED, NOTIFICATIONS_CANCELLED, NOTIFICATIONS_ROOTS_LIST_CHANGED ->
                Uni.createFrom().failure(McpException.invalidRequest(
                        method.wireName() + " is a notification: send it without an id."));
        };
    }

    /**
     * Answers every request but initialize with its {@link RequestOutcome}, handed to {@code then}
     * on whichever thread the handler ends on. A plain callback rather than another operator: each
     * operator captures the request's context again.
     */
    public void answer(JsonRpcRequest request, Exchange exchange, Consumer<RequestOutcome> then) {
        String tool = toolNamed(request);
        dispatch(request, exchange).subscribe().with(
                result -> then.accept(outcome(result, null, exchange, tool)),
                failure -> then.accept(outcome(null, failure, exchange, tool)));
    }

    private String toolNamed(JsonRpcRequest request) {
        McpMethod method = McpMethod.fromWire(request.method()).orElse(null);
        FeatureHandler handler = method == null ? null : handlers.get(method);
        return handler == null ? null : handler.toolNamed(method, request);
    }

    /** The one place where a handler's failure is told apart. */
    static RequestOutcome outcome(JsonNode result, Throwable failure, Exchange exchange, String tool) {
        if (failure == null) {
            return result != null && result.path("isError").asBoolean(false) ? new RequestOutcome.ToolFailed(result, tool)
                    : new RequestOutcome.Answered(result, tool);
        }
        if (failure instanceof McpException protocol) {
            return new RequestOutcome.ProtocolError(protocol, tool);
        }
        if (failure instanceof AccessDeniedException denied) {
            return new RequestOutcome.AccessDenied(denied.getMessage(), denied.requirement(), tool);
        }
        if (failure instanceof InputRequiredException needed && exchange.version().stateless()) {
            return new RequestOutcome.InputRequired(needed, tool);
        }
        return new RequestOutcome.InternalFailure(failure, tool);
    }

    /** Takes a notification from the client; unknown ones are ignored, as JSON-RPC asks. */
    public void notify(JsonRpcNotification notification, SessionState session) {
        McpMethod method = McpMethod.fromWire(notification.method()).orElse(null);
        if (method == McpMethod.NOTIFICATIONS_INITIALIZED && session != null) {
            session.markInitialized();
        }
    }

    /** Takes a client's answer to a request this server sent it; answers nobody waits for are dropped. */
    public void respond(JsonRpcResponse response, SessionState session) {
        if (session != null) {
            session.pending().complete(response);
        }
    }

    private Uni<JsonNode> feature(McpMethod method, JsonRpcRequest request, Exchange exchange) {
        FeatureHandler handler = handlers.get(method);
        if (handler == null) {
            return Uni.createFrom().failure(new McpException(ErrorCode.METHOD_NOT_FOUND,
                    "Method not found: " + request.method()));
        }
        return Uni.createFrom().deferred(() -> handler.handle(method, request, exchange));
    }

    private static ObjectNode objectOrEmpty(JsonNode node) {
        return node instanceof ObjectNode object ? object : NODES.objectNode();
    }
}
