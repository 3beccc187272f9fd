package dev.securemcp.transport;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.protocol.JsonRpcMessage;
import dev.securemcp.protocol.JsonRpcNotification;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpDispatcher;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.MessageSink;
import dev.securemcp.protocol.RequestOutcome;
import dev.securemcp.store.StoreUnavailableException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;

/** A POSTed JSON-RPC batch (2025-03-26 sessions only): one JSON array of answers, in order. */
@ApplicationScoped
class BatchHttp {

    @Inject
    McpDispatcher dispatcher;

    @Inject
    SessionRegistry sessions;

    @Inject
    RequestEnding ending;

    @Inject
    ResponseChannels channels;

    Uni<Response> post(Arrival arrival, ArrayNode messages, HttpServerResponse response) {
        Incoming in = arrival.in();
        HttpAnswer refused = StreamableHttp.checkSessionHeaders(in);
        if (refused != null) {
            return channels.answer(response, refused);
        }
        return sessions.find(in.sessionId(), in.caller().subject())
                .flatMap(found -> post(arrival, messages, found.orElse(null), response))
                .onFailure(StoreUnavailableException.class)
                .recoverWithUni(unavailable -> channels.answer(response, StreamableHttp.SESSION_STORE_UNAVAILABLE));
    }

    private Uni<Response> post(Arrival arrival, ArrayNode messages, McpSession session, HttpServerResponse response) {
        Incoming in = arrival.in();
        if (session == null || !session.version().allowsBatches() || messages.isEmpty()) {
            String why = messages.isEmpty() ? "An empty batch is not a valid request."
                    : "JSON-RPC batches are accepted only in a session that negotiated 2025-03-26.";
            return channels.answer(response, HttpErrors.of(400, ErrorCode.INVALID_REQUEST, why));
        }
        List<Uni<JsonNode>> answers = new ArrayList<>();
        for (JsonNode element : messages) {
            JsonRpcMessage message;
            try {
                message = JsonRpc.read(element);
            } catch (McpException invalid) {
                answers.add(Uni.createFrom().item(JsonRpc.error(JsonRpc.idOf(element), invalid)));
                continue;
            }
            if (message instanceof JsonRpcNotification notification) {
                dispatcher.notify(notification, session);
            } else if (message instanceof JsonRpcRequest request) {
                Exchange exchange = new Exchange(in.caller(), session.version(), session, MessageSink.NONE, null);
                InFlight flight = new InFlight(arrival, request, session, null);
                answers.add(Uni.createFrom().<RequestOutcome>emitter(
                        emitter -> dispatcher.answer(request, exchange, emitter::complete))
                        .flatMap(outcome -> ending.endInBatch(flight, outcome)));
            }
        }
        AccessLog.record(arrival, session.shortId(), "batch", null, "ok " + messages.size());
        if (answers.isEmpty()) {
            return channels.answer(response, HttpAnswer.empty(202));
        }
        return Uni.join().all(answers).andFailFast().flatMap(list -> {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            list.forEach(array::add);
            return channels.answer(response, HttpAnswer.json(200, array));
        });
    }

}
