package dev.securemcp.transport;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.ClientQuestion;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.InputRequiredException;
import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.protocol.JsonRpcMessage;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpDispatcher;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.ProtocolVersion;
import dev.securemcp.protocol.RequestOutcome;
import dev.securemcp.protocol.StatelessClientAsker;
import dev.securemcp.state.RequestStateSeal;
import dev.securemcp.state.SealedState;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;

/**
 * Revision 2026-07-28: every request stands alone. It names its version and the client's
 * capabilities in {@code _meta}; nothing is kept between requests, and a handler that needs the
 * client's input ends with an input-required result whose sealed {@code requestState} the client
 * sends back with its answers. Any replica holding the secret can take the next round.
 */
@ApplicationScoped
public class StatelessHttp {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Results a client may cache (SEP-2549); they depend on the caller, so their scope is private. */
    private static final Set<String> CACHEABLE = Set.of("server/discover", "tools/list", "prompts/list",
            "resources/list", "resources/templates/list", "resources/read");

    @Inject
    McpDispatcher dispatcher;

    @Inject
    RequestStateSeal seal;

    @Inject
    RequestEnding ending;

    @Inject
    ResponseChannels channels;

    Uni<Response> post(Arrival arrival, JsonNode parsed, HttpServerResponse response) {
        Incoming in = arrival.in();
        if (!parsed.isObject()) {
            return channels.answer(response, HttpErrors.badRequest("JSON-RPC batches do not exist in 2026-07-28: send one request per POST."));
        }
        JsonRpcMessage message;
        try {
            message = JsonRpc.read(parsed);
        } catch (McpException invalid) {
            return error(response, 400, JsonRpc.idOf(parsed), invalid);
        }
        if (!(message instanceof JsonRpcRequest request)) {
            // Notifications and responses have no place in a stateless exchange: nothing waits for them.
            return channels.answer(response, HttpAnswer.empty(202));
        }
        StatelessRequestCheck.Declared declared;
        ObjectNode provided;
        try {
            declared = StatelessRequestCheck.check(in, request);
            provided = providedAnswers(in, request);
        } catch (StatelessRequestCheck.Refused refused) {
            AccessLog.record(arrival, null, request.method(), null, "error:" + refused.error.code());
            return error(response, refused.status, request.id(), refused.error);
        } catch (McpException invalid) {
            AccessLog.record(arrival, null, request.method(), null, "error:" + invalid.code());
            return error(response, 200, request.id(), invalid);
        }
        ResponseChannel channel = channels.open(in, response, request.progressToken() != null, null);
        Exchange exchange = new Exchange(in.caller(), ProtocolVersion.V2026_07_28, null, channel,
                request.progressToken(), new StatelessClientAsker(declared.capabilities(), provided))
                .declared(declared.capabilities(), declared.logLevel());
        InFlight flight = new InFlight(arrival, request, null, channel);
        Context requestContext = channel.context();
        // As in a session, the answer leaves only once its audit event is in the file.
        return Uni.createFrom().emitter(emitter -> dispatcher.answer(request, exchange, outcome -> StreamableHttp
                .onContext(requestContext, emitter, () -> ending.end(flight, outcome, wording, emitter))));
    }

    /** How a stateless request's outcome is worded: its results complete, its questions sealed, its errors a status. */
    private final RequestEnding.Wording wording = new RequestEnding.Wording() {
        @Override
        public String label(RequestOutcome outcome) {
            // A tool's own failure has always been logged and audited as ok on this path.
            return outcome instanceof RequestOutcome.ToolFailed ? "ok" : outcome.label();
        }

        @Override
        public ObjectNode message(InFlight flight, RequestOutcome outcome) {
            JsonRpcRequest request = flight.request();
            return outcome.match(new OutcomeMessages(request.id(), flight.requestId()) {
                @Override
                public ObjectNode answered(JsonNode result) {
                    return JsonRpc.result(request.id(), complete(request.method(), result));
                }

                @Override
                public ObjectNode inputRequired(InputRequiredException needed) {
                    return StatelessRequestCheck.MAY_ASK.contains(request.method())
                            ? JsonRpc.result(request.id(), inputRequest(flight.in(), request, needed))
                            : super.inputRequired(needed);
                }
            });
        }

        @Override
        public int status(RequestOutcome outcome) {
            return outcome instanceof RequestOutcome.ProtocolError protocol ? statusOf(protocol.error().code())
                    : RequestEnding.Wording.super.status(outcome);
        }
    };

    /** The answers this round can use: those sealed in its requestState, then its inputResponses. */
    private ObjectNode providedAnswers(Incoming in, JsonRpcRequest request) {
        ObjectNode provided = NODES.objectNode();
        if (!StatelessRequestCheck.MAY_ASK.contains(request.method())) {
            return provided;
        }
        JsonNode state = request.params().get("requestState");
        if (state != null) {
            if (!state.isTextual()) {
                throw McpException.invalidParams("requestState must be the string this server returned.");
            }
            SealedState opened = seal.open(state.textValue(), in.caller().subject(), request.method(),
                    StatelessRequestCheck.nameOf(request));
            provided.setAll(opened.answers());
        }
        if (request.params().has("inputResponses")) {
            if (!(request.params().get("inputResponses") instanceof ObjectNode responses)) {
                throw McpException.invalidParams("inputResponses must be an object of answers by key.");
            }
            provided.setAll(responses);
        }
        return provided;
    }

    private ObjectNode inputRequest(Incoming in, JsonRpcRequest request, InputRequiredException needed) {
        ObjectNode result = NODES.objectNode();
        result.put("resultType", "input_required");
        ObjectNode requests = result.putObject("inputRequests");
        for (Map.Entry<String, ClientQuestion> question : needed.questions().entrySet()) {
            ObjectNode entry = requests.putObject(question.getKey());
            entry.put("method", question.getValue().method());
            entry.set("params", question.getValue().params());
        }
        result.put("requestState", seal.seal(in.caller().subject(), request.method(),
                StatelessRequestCheck.nameOf(request), needed.answered()));
        return result;
    }

    private static JsonNode complete(String method, JsonNode result) {
        if (!(result instanceof ObjectNode object)) {
            return result;
        }
        object.put("resultType", "complete");
        if (CACHEABLE.contains(method)) {
            object.put("ttlMs", 0);
            object.put("cacheScope", "private");
        }
        return object;
    }

    private static int statusOf(int code) {
        return switch (code) {
            case ErrorCode.METHOD_NOT_FOUND -> 404;
            case ErrorCode.HEADER_MISMATCH, ErrorCode.MISSING_CLIENT_CAPABILITY, ErrorCode.UNSUPPORTED_PROTOCOL_VERSION -> 400;
            default -> 200;
        };
    }

    private Uni<Response> error(HttpServerResponse response, int status, JsonNode id, McpException error) {
        return channels.answer(response, HttpAnswer.json(status, JsonRpc.error(id, error)));
    }
}
