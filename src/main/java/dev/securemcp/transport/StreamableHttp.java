package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import dev.securemcp.config.McpConfig;
import dev.securemcp.ops.Printable;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.protocol.JsonRpcMessage;
import dev.securemcp.protocol.JsonRpcNotification;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.JsonRpcResponse;
import dev.securemcp.protocol.McpDispatcher;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.McpMethod;
import dev.securemcp.protocol.Negotiation;
import dev.securemcp.protocol.ProtocolVersion;
import dev.securemcp.protocol.SessionClientAsker;
import dev.securemcp.store.StoreUnavailableException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;

/** The Streamable HTTP rules: one POSTed message in, a JSON or SSE answer out; GET streams; DELETE. */
@ApplicationScoped
public class StreamableHttp {
    private static final Logger LOG = Logger.getLogger(StreamableHttp.class);
    static final HttpAnswer SESSION_STORE_UNAVAILABLE = HttpErrors.of(503, ErrorCode.INTERNAL_ERROR,
            "Service Unavailable: the shared session store did not answer; retry shortly.").retryAfter(1);
    private static final HttpAnswer STREAM_STORE_UNAVAILABLE = HttpErrors.of(503, ErrorCode.INTERNAL_ERROR,
            "Service Unavailable: the shared stream store did not answer; retry shortly.").retryAfter(1);

    @Inject
    McpJson json;

    @Inject
    McpDispatcher dispatcher;

    @Inject
    SessionRegistry sessions;

    @Inject
    McpConfig config;

    @Inject
    Vertx vertx;

    @Inject
    TransportAudit audit;

    @Inject
    RequestEnding ending;

    @Inject
    ResponseChannels channels;

    @Inject
    StatelessHttp stateless;

    @Inject
    StandaloneStreams standaloneStreams;

    @Inject
    BatchHttp batches;

    Uni<Response> post(Incoming in, byte[] body, HttpServerResponse response) {
        Arrival arrival = new Arrival(in, RequestIds.current(), System.nanoTime());
        AcceptedTypes accepted = in.accepted();
        if (!accepted.any()) {
            return channels.answer(response, HttpErrors.notAcceptable("application/json and text/event-stream"));
        }
        if (!in.isJsonBody()) {
            return channels.answer(response, HttpErrors.of(415, ErrorCode.INVALID_REQUEST,
                    "Unsupported Media Type: POST a JSON-RPC message as application/json."));
        }
        JsonNode parsed;
        JsonRpcMessage message;
        try {
            parsed = json.read(body);
            if (StatelessRequestCheck.isStateless(in, parsed)) {
                return stateless.post(arrival, parsed, response);
            }
            if (parsed.isArray()) {
                return batches.post(arrival, (ArrayNode) parsed, response);
            }
            message = JsonRpc.read(parsed);
        } catch (McpException invalid) {
            AccessLog.record(arrival, null, "-", null, "error:" + invalid.code());
            return channels.answer(response, HttpErrors.of(400, invalid.code(), invalid.getMessage()));
        }
        if (message instanceof JsonRpcRequest request && McpMethod.INITIALIZE.wireName().equals(request.method())) {
            return initialize(arrival, request, response);
        }
        // The session this replica holds answers at once; only one it must ask the store for waits.
        McpSession held = checkSessionHeaders(in) == null ? sessions.heldHere(in.sessionId(), in.caller().subject()) : null;
        if (held != null) {
            return inSession(arrival, new Posted(parsed, message), held, response);
        }
        return lookUp(in).flatMap(lookup -> lookup.refusal() != null ? channels.answer(response, lookup.refusal())
                : inSession(arrival, new Posted(parsed, message), lookup.session(), response));
    }

    /** A POSTed message, as parsed and as read. */
    private record Posted(JsonNode json, JsonRpcMessage message) {
    }

    private Uni<Response> inSession(Arrival arrival, Posted posted, McpSession session, HttpServerResponse response) {
        if (posted.message() instanceof JsonRpcRequest request) {
            return answer(arrival, request, session, response);
        }
        if (posted.message() instanceof JsonRpcNotification notification) {
            dispatcher.notify(notification, session);
        } else if (posted.message() instanceof JsonRpcResponse answer) {
            if (session.pending().owns(answer.id())) {
                dispatcher.respond(answer, session);
            } else {
                session.backend().replication().answerElsewhere(session, posted.json());
            }
        }
        // "If the input is a JSON-RPC response or notification: If the server accepts the input, the
        // server MUST return HTTP status code 202 Accepted with no body."
        return channels.answer(response, HttpAnswer.empty(202));
    }

    /** @param lastEventId the request's {@code Last-Event-ID}, or null */
    Uni<Response> openStream(Incoming in, String lastEventId, HttpServerResponse response) {
        if (!in.accepted().eventStream()) {
            return channels.answer(response, HttpErrors.notAcceptable("text/event-stream"));
        }
        return lookUp(in).flatMap(lookup -> lookup.refusal() != null ? channels.answer(response, lookup.refusal())
                : openStream(lookup.session(), lastEventId, response));
    }

    private Uni<Response> openStream(McpSession session, String lastEventId, HttpServerResponse response) {
        SseStream stream = channels.stream(response);
        return standaloneStreams.open(session, stream, lastEventId)
                .onFailure(StoreUnavailableException.class).recoverWithItem(unavailable -> null)
                .flatMap(admitted -> admitted == null ? channels.answer(response, STREAM_STORE_UNAVAILABLE)
                        : admitted ? stream(session, stream)
                        : channels.answer(response, HttpErrors.of(429, ErrorCode.INVALID_REQUEST,
                                "Too many open streams for this session: close one first.")));
    }

    private Uni<Response> stream(McpSession session, SseStream stream) {
        session.streams().add(stream);
        stream.open(null);
        long keepAlive = vertx.setPeriodic(config.sse().keepAlive().toMillis(), tick -> stream.comment("keep-alive"));
        return Uni.createFrom().emitter(emitter -> stream.onClose(() -> {
            vertx.cancelTimer(keepAlive);
            session.streams().remove(stream);
            standaloneStreams.closed(session, stream);
            emitter.complete(null);
        }));
    }

    Uni<Response> endSession(Incoming in, HttpServerResponse response) {
        return lookUp(in).flatMap(lookup -> {
            if (lookup.refusal() != null) {
                return channels.answer(response, lookup.refusal());
            }
            McpSession session = lookup.session();
            String requestId = RequestIds.current();
            return sessions.end(session)
                    .flatMap(ended -> {
                        LOG.debugf("Session %s ended by the client", session.shortId());
                        return audit.sessionEnded(requestId, in.caller().subject(), session, "client");
                    })
                    .flatMap(written -> channels.answer(response, HttpAnswer.empty(204)))
                    .onFailure(StoreUnavailableException.class)
                    .recoverWithUni(unavailable -> channels.answer(response, SESSION_STORE_UNAVAILABLE));
        });
    }

    private Uni<Response> initialize(Arrival arrival, JsonRpcRequest request, HttpServerResponse response) {
        Incoming in = arrival.in();
        Negotiation negotiation;
        try {
            negotiation = dispatcher.initialize(request);
        } catch (McpException invalid) {
            AccessLog.record(arrival, null, request.method(), null, "error:" + invalid.code());
            return channels.answer(response, HttpAnswer.json(200, JsonRpc.error(request.id(), invalid)));
        }
        return sessions.open(in.caller().subject(), negotiation)
                .flatMap(session -> {
                    ResponseChannel channel = channels.open(in, response, false, session.id());
                    AccessLog.record(arrival, session.shortId(), request.method(), null, "ok " + negotiation.version().wire());
                    return audit.sessionStarted(arrival, session)
                            .flatMap(written -> channel.finish(JsonRpc.result(request.id(), negotiation.result())));
                })
                .onFailure(StoreUnavailableException.class).recoverWithUni(unavailable -> {
                    AccessLog.record(arrival, null, request.method(), null, "error:store");
                    return channels.answer(response, SESSION_STORE_UNAVAILABLE);
                });
    }

    private Uni<Response> answer(Arrival arrival, JsonRpcRequest request, McpSession session,
            HttpServerResponse response) {
        Incoming in = arrival.in();
        ResponseChannel channel = channels.open(in, response, request.progressToken() != null, null);
        Exchange exchange = new Exchange(in.caller(), session.version(), session, channel, request.progressToken(),
                new SessionClientAsker(session, channel, config.clientRequest().timeout()));
        InFlight flight = new InFlight(arrival, request, session, channel);
        Context requestContext = channel.context();
        // Plain callbacks rather than a chain of operators: each operator captured the request's
        // context again, and the answer of a non-blocking tool needs no hop at all.
        return Uni.createFrom().emitter(emitter -> dispatcher.answer(request, exchange, outcome -> onContext(
                requestContext, emitter, () -> ending.end(flight, outcome, RequestEnding.SESSION, emitter))));
    }

    /** Runs the action on the context (at once when already there); a failure of it fails the answer. */
    static void onContext(Context context, UniEmitter<? super Response> emitter, Runnable action) {
        Runnable guarded = () -> {
            try {
                action.run();
            } catch (RuntimeException bug) {
                emitter.fail(bug);
            }
        };
        if (Vertx.currentContext() == context) {
            guarded.run();
        } else {
            context.runOnContext(ignored -> guarded.run());
        }
    }

    /** The caller's session named by the request, or the refusal (400 or 404) to answer with. */
    private record SessionLookup(McpSession session, HttpAnswer refusal) {
    }

    private Uni<SessionLookup> lookUp(Incoming in) {
        HttpAnswer refused = checkSessionHeaders(in);
        if (refused != null) {
            return Uni.createFrom().item(new SessionLookup(null, refused));
        }
        return sessions.find(in.sessionId(), in.caller().subject())
                .map(found -> found.map(session -> new SessionLookup(session, null))
                        .orElseGet(() -> new SessionLookup(null, HttpErrors.sessionNotFound())))
                .onFailure(StoreUnavailableException.class).recoverWithItem(unavailable -> new SessionLookup(null, SESSION_STORE_UNAVAILABLE));
    }

    /** Mcp-Session-Id present, and MCP-Protocol-Version, when sent, one this server speaks. */
    static HttpAnswer checkSessionHeaders(Incoming in) {
        if (in.sessionId() == null || in.sessionId().isBlank()) {
            return HttpErrors.missingSession();
        }
        if (in.protocolVersion() != null && ProtocolVersion.sessionRevision(in.protocolVersion()).isEmpty()) {
            return HttpErrors.badRequest("Bad Request: unsupported MCP-Protocol-Version " + "'" + Printable.text(in.protocolVersion(), 40) + "'"
                    + "; in a session this server speaks 2025-03-26, 2025-06-18 and 2025-11-25.");
        }
        return null;
    }
}
