package dev.securemcp.transport;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessDeniedException;
import dev.securemcp.auth.ProtectedResource;
import dev.securemcp.config.McpConfig;
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
import dev.securemcp.protocol.MessageSink;
import dev.securemcp.protocol.Negotiation;
import dev.securemcp.protocol.ProtocolVersion;
import dev.securemcp.protocol.SessionClientAsker;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;

/** The Streamable HTTP rules: one POSTed message in, a JSON or SSE answer out; GET streams; DELETE. */
@ApplicationScoped
public class StreamableHttp {
    private static final Logger LOG = Logger.getLogger(StreamableHttp.class);

    @Inject
    McpJson json;

    @Inject
    McpDispatcher dispatcher;

    @Inject
    SessionRegistry sessions;

    @Inject
    ProtectedResource resource;

    @Inject
    McpConfig config;

    @Inject
    Vertx vertx;

    @Inject
    TransportAudit audit;

    @Inject
    StatelessHttp stateless;

    Uni<Response> post(Incoming in, byte[] body, HttpServerResponse response) {
        long started = System.nanoTime();
        String requestId = RequestIds.current();
        AcceptedTypes accepted = in.accepted();
        if (!accepted.any()) {
            return done(HttpErrors.notAcceptable("application/json and text/event-stream"));
        }
        if (!in.isJsonBody()) {
            return done(HttpErrors.of(415, null, ErrorCode.INVALID_REQUEST,
                    "Unsupported Media Type: POST a JSON-RPC message as application/json."));
        }
        JsonNode parsed;
        JsonRpcMessage message;
        try {
            parsed = json.read(body);
            if (StatelessRequestCheck.isStateless(in, parsed)) {
                return stateless.post(in, parsed, response, requestId, started);
            }
            if (parsed.isArray()) {
                return batch(in, (ArrayNode) parsed, requestId, started);
            }
            message = JsonRpc.read(parsed);
        } catch (McpException invalid) {
            AccessLog.record(requestId, in.caller().subject(), null, "-", null, "error:" + invalid.code(), started);
            return done(HttpErrors.of(400, null, invalid.code(), invalid.getMessage()));
        }
        if (message instanceof JsonRpcRequest request && McpMethod.INITIALIZE.wireName().equals(request.method())) {
            return initialize(in, request, response, requestId, started);
        }
        SessionLookup lookup = lookUp(in);
        if (lookup.refusal() != null) {
            return done(lookup.refusal());
        }
        McpSession session = lookup.session();
        if (message instanceof JsonRpcRequest request) {
            return answer(in, request, session, response, requestId, started);
        }
        if (message instanceof JsonRpcNotification notification) {
            dispatcher.notify(notification, session);
        } else if (message instanceof JsonRpcResponse answer) {
            dispatcher.respond(answer, session);
        }
        // "If the input is a JSON-RPC response or notification: If the server accepts the input, the
        // server MUST return HTTP status code 202 Accepted with no body."
        return done(Response.accepted().build());
    }

    Uni<Response> openStream(Incoming in, HttpServerResponse response) {
        if (!in.accepted().eventStream()) {
            return done(HttpErrors.notAcceptable("text/event-stream"));
        }
        SessionLookup lookup = lookUp(in);
        if (lookup.refusal() != null) {
            return done(lookup.refusal());
        }
        McpSession session = lookup.session();
        if (session.streams().size() >= config.sse().maxStreamsPerSession()) {
            return done(HttpErrors.of(429, null, ErrorCode.INVALID_REQUEST,
                    "Too many open streams for this session: close one first."));
        }
        SseStream stream = new SseStream(response, context(), json);
        // Registered before its headers go out: a client that sees the stream open must not miss a message sent next.
        session.streams().add(stream);
        stream.open(null);
        long keepAlive = vertx.setPeriodic(config.sse().keepAlive().toMillis(), tick -> stream.comment("keep-alive"));
        return Uni.createFrom().emitter(emitter -> stream.onClose(() -> {
            vertx.cancelTimer(keepAlive);
            session.streams().remove(stream);
            emitter.complete(null);
        }));
    }

    Uni<Response> endSession(Incoming in) {
        SessionLookup lookup = lookUp(in);
        if (lookup.refusal() != null) {
            return done(lookup.refusal());
        }
        McpSession session = lookup.session();
        sessions.end(session);
        LOG.debugf("Session %s ended by the client", session.shortId());
        String requestId = RequestIds.current();
        return audit.sessionEnded(requestId, in.caller().subject(), session, "client")
                .map(written -> Response.noContent().build());
    }

    private Uni<Response> initialize(Incoming in, JsonRpcRequest request, HttpServerResponse response,
            String requestId, long started) {
        Negotiation negotiation;
        try {
            negotiation = dispatcher.initialize(request);
        } catch (McpException invalid) {
            AccessLog.record(requestId, in.caller().subject(), null, request.method(), null,
                    "error:" + invalid.code(), started);
            return done(Response.ok(json.write(JsonRpc.error(request.id(), invalid)), MediaType.APPLICATION_JSON).build());
        }
        McpSession session = sessions.open(in.caller().subject(), negotiation.version(), negotiation.clientInfo());
        session.clientCapabilities(negotiation.clientCapabilities());
        ResponseChannel channel = new ResponseChannel(new SseStream(response, context(), json), json,
                in.accepted(), false, session.id());
        AccessLog.record(requestId, in.caller().subject(), session.shortId(), request.method(), null,
                "ok " + negotiation.version().wire(), started);
        return audit.sessionStarted(requestId, in.caller(), session, started)
                .flatMap(written -> channel.finish(JsonRpc.result(request.id(), negotiation.result())));
    }

    private Uni<Response> answer(Incoming in, JsonRpcRequest request, McpSession session,
            HttpServerResponse response, String requestId, long started) {
        ResponseChannel channel = new ResponseChannel(new SseStream(response, context(), json), json,
                in.accepted(), request.progressToken() != null, null);
        Exchange exchange = new Exchange(in.caller(), session.version(), session, channel, request.progressToken(),
                new SessionClientAsker(session, channel, config.clientRequest().timeout()));
        Context requestContext = context();
        return Uni.createFrom().deferred(() -> dispatcher.dispatch(request, exchange))
                // Back on the request's own context (and its logging context) whichever thread answered.
                .emitOn(task -> requestContext.runOnContext(ignored -> task.run()))
                .onItemOrFailure().transformToUni((result, failure) -> {
                    String outcome = outcome(result, failure);
                    AccessLog.record(requestId, in.caller().subject(), session.shortId(), request.method(),
                            exchange.tool(), outcome, started);
                    // The answer leaves only once its audit event is in the file.
                    return audit.afterRequest(requestId, in.caller(), session, request.method(), exchange.tool(),
                            failure instanceof AccessDeniedException, outcome, started).flatMap(written -> {
                                if (failure instanceof AccessDeniedException denied) {
                                    return refuse(request, denied, channel);
                                }
                                return channel.finish(failure == null ? JsonRpc.result(request.id(), result)
                                        : errorMessage(request.id(), failure, requestId));
                            });
                });
    }

    /** A 403 with a step-up challenge, unless the answer is already streaming. */
    Uni<Response> refuse(JsonRpcRequest request, AccessDeniedException denied, ResponseChannel channel) {
        ObjectNode error = forbidden(request.id(), denied);
        return channel.canChangeStatus().flatMap(free -> free
                ? Uni.createFrom().item(Response.status(403)
                        .header(HttpHeaders.WWW_AUTHENTICATE, resource.insufficientScopeChallenge(denied.requirement()))
                        .type(MediaType.APPLICATION_JSON_TYPE).entity(json.write(error)).build())
                : channel.finish(error));
    }

    private Uni<Response> batch(Incoming in, ArrayNode messages, String requestId, long started) {
        Response refused = checkSessionHeaders(in);
        if (refused != null) {
            return done(refused);
        }
        McpSession session = sessions.find(in.sessionId(), in.caller().subject()).orElse(null);
        if (session == null || !session.version().allowsBatches() || messages.isEmpty()) {
            String why = messages.isEmpty() ? "An empty batch is not a valid request."
                    : "JSON-RPC batches are accepted only in a session that negotiated 2025-03-26.";
            return done(HttpErrors.of(400, null, ErrorCode.INVALID_REQUEST, why));
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
                answers.add(Uni.createFrom().deferred(() -> dispatcher.dispatch(request, exchange))
                        .onItemOrFailure().transformToUni((result, failure) -> audit.afterRequest(requestId,
                                in.caller(), session, request.method(), exchange.tool(),
                                failure instanceof AccessDeniedException, outcome(result, failure), started)
                                .map(written -> failure == null ? JsonRpc.result(request.id(), result)
                                        : errorMessage(request.id(), failure, requestId))));
            }
        }
        AccessLog.record(requestId, in.caller().subject(), session.shortId(), "batch", null,
                "ok " + messages.size(), started);
        if (answers.isEmpty()) {
            return done(Response.accepted().build());
        }
        return Uni.join().all(answers).andFailFast().map(list -> {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            list.forEach(array::add);
            return Response.ok(json.write(array), MediaType.APPLICATION_JSON).build();
        });
    }

    /** The caller's session named by the request, or the refusal (400 or 404) to answer with. */
    private record SessionLookup(McpSession session, Response refusal) {
    }

    private SessionLookup lookUp(Incoming in) {
        Response refused = checkSessionHeaders(in);
        if (refused != null) {
            return new SessionLookup(null, refused);
        }
        return sessions.find(in.sessionId(), in.caller().subject())
                .map(session -> new SessionLookup(session, null))
                .orElseGet(() -> new SessionLookup(null, HttpErrors.sessionNotFound()));
    }

    /** Mcp-Session-Id present, and MCP-Protocol-Version, when sent, one this server speaks. */
    private static Response checkSessionHeaders(Incoming in) {
        if (in.sessionId() == null || in.sessionId().isBlank()) {
            return HttpErrors.missingSession();
        }
        if (in.protocolVersion() != null && ProtocolVersion.sessionRevision(in.protocolVersion()).isEmpty()) {
            return HttpErrors.badRequest("Bad Request: unsupported MCP-Protocol-Version " + printable(in.protocolVersion())
                    + "; in a session this server speaks 2025-03-26, 2025-06-18 and 2025-11-25.");
        }
        return null;
    }

    /** The JSON-RPC error of a refused call: names what is needed, for a client to step up. */
    private static ObjectNode forbidden(JsonNode id, AccessDeniedException denied) {
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

    private static String outcome(JsonNode result, Throwable failure) {
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

    private static String printable(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return "'" + cut.replaceAll("[^\\x20-\\x7e]", "?") + "'";
    }

    private Context context() {
        Context current = Vertx.currentContext();
        return current != null ? current : vertx.getOrCreateContext();
    }

    private static Uni<Response> done(Response response) {
        return Uni.createFrom().item(response);
    }
}
