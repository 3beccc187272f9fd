package dev.securemcp.transport;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.InputRequiredException;
import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.RequestOutcome;

/**
 * The JSON-RPC message that answers an outcome in a session or a batch; the stateless path words
 * its results and input requests itself and falls back on these for the rest.
 */
class OutcomeMessages implements RequestOutcome.Cases<ObjectNode> {
    private static final Logger LOG = Logger.getLogger(StreamableHttp.class);

    private final JsonNode id;
    private final String requestId;

    OutcomeMessages(JsonNode id, String requestId) {
        this.id = id;
        this.requestId = requestId;
    }

    static ObjectNode of(InFlight flight, RequestOutcome outcome) {
        return outcome.match(new OutcomeMessages(flight.request().id(), flight.requestId()));
    }

    @Override
    public ObjectNode answered(JsonNode result) {
        return JsonRpc.result(id, result);
    }

    @Override
    public ObjectNode protocolError(McpException error) {
        return JsonRpc.error(id, error);
    }

    /** Only a stateless request may end asking for input; anywhere else it is a bug. */
    @Override
    public ObjectNode inputRequired(InputRequiredException needed) {
        return internalFailure(needed);
    }

    /** The JSON-RPC error of a refused call: names what is needed, for a client to step up. */
    @Override
    public ObjectNode denied(String what, AccessRequirement requirement) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        requirement.scopes().stream().sorted().forEach(data.putArray("requiredScopes")::add);
        return JsonRpc.error(id, ErrorCode.FORBIDDEN, "Forbidden: " + what + " needs " + requirement.describe() + ".",
                data);
    }

    @Override
    public ObjectNode internalFailure(Throwable cause) {
        LOG.errorf(cause, "Internal error answering request %s", requestId);
        return JsonRpc.error(id, ErrorCode.INTERNAL_ERROR, "Internal error (request id " + requestId + ").", null);
    }
}
