package dev.securemcp.protocol;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;

/** Answers some MCP request methods. Each feature (tools, logging, ...) is one CDI bean. */
public interface FeatureHandler {

    /** The request methods this handler answers; no two handlers share one. */
    Set<McpMethod> methods();

    /** The {@code result} of the request, or a failure with a {@link McpException}. */
    Uni<JsonNode> handle(McpMethod method, JsonRpcRequest request, Exchange exchange);

    /**
     * The registered tool this request names, for the outcome (the access log and audit); null for a
     * request that names none. Read from the request alone: nothing travels back from the handler.
     */
    default String toolNamed(McpMethod method, JsonRpcRequest request) {
        return null;
    }

    /** The entries this feature adds to the server's {@code capabilities} in initialize. */
    default void declareCapabilities(ObjectNode capabilities) {
    }
}
