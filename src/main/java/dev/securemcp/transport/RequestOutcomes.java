package dev.securemcp.transport;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessDeniedException;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.protocol.McpException;

/** What became of a JSON-RPC request: its error message, and its outcome for the logs and the audit. */
final class RequestOutcomes {
    private static final Logger LOG = Logger.getLogger(StreamableHttp.class);

    private RequestOutcomes() {
    }

    /** The JSON-RPC error of a refused call: names what is needed, for a client to step up. */
    static ObjectNode forbidden(JsonNode id, AccessDeniedException denied) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putArray("requiredScopes").addAll(scopes(denied));
        return JsonRpc.error(id, ErrorCode.FORBIDDEN,
                "Forbidden: " + denied.getMessage() + " needs " + denied.requirement().describe() + ".", data);
    }

    static ObjectNode errorMessage(JsonNode id, Throwable failure, String requestId) {
        if (failure instanceof McpException protocol) {
            return JsonRpc.error(id, protocol);
        }
        if (failure instanceof AccessDeniedException denied) {
            // Inside a batch the HTTP status cannot be 403: the element's error names the scope.
            return forbidden(id, denied);
        }
        LOG.errorf(failure, "Internal error answering request %s", requestId);
        return JsonRpc.error(id, ErrorCode.INTERNAL_ERROR, "Internal error (request id " + requestId + ").", null);
    }

    static String outcome(JsonNode result, Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            return "http:403";
        }
        if (failure instanceof McpException protocol) {
            return "error:" + protocol.code();
        }
        if (failure != null) {
            return "error:" + ErrorCode.INTERNAL_ERROR;
        }
        return result.path("isError").asBoolean(false) ? "isError" : "ok";
    }

    private static List<JsonNode> scopes(AccessDeniedException denied) {
        List<JsonNode> scopes = new ArrayList<>();
        denied.requirement().scopes().stream().sorted().forEach(s -> scopes.add(JsonNodeFactory.instance.textNode(s)));
        return scopes;
    }
}
