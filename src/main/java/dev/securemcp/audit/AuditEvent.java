package dev.securemcp.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * One audited decision. Never holds a token or a tool's argument values.
 *
 * @param time when the decision was made
 * @param type {@link Type}
 * @param requestId the request's id in the access log, or null
 * @param subject the caller's {@code sub} (or its hash), null before authentication
 * @param clientName {@code clientInfo.name} from initialize, or null
 * @param clientVersion {@code clientInfo.version} from initialize, or null
 * @param method the JSON-RPC method or HTTP method, or null
 * @param tool the tool called, or null
 * @param outcome what was decided: allowed, denied, a failure kind, ...
 * @param durationMicros how long the request took until the decision, or null
 * @param detail one more fact for this type (the client address, a revoked token id), or null
 */
public record AuditEvent(Instant time, Type type, String requestId, String subject, String clientName,
        String clientVersion, String method, String tool, String outcome, Long durationMicros, String detail) {

    /** The kinds of decision that are audited. */
    public enum Type {
        AUTH_FAILURE, TOOL_CALL, SESSION_START, SESSION_END, REVOCATION, RATE_LIMITED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final ObjectMapper TREE_READER = new ObjectMapper();

    /**
     * Who an event is about: the request's id in the access log, the caller's subject and the client
     * it named at initialize; each may be null.
     */
    public record Requester(String requestId, String subject, String clientName, String clientVersion) {
    }

    /** A tools/call's decision: allowed or denied, and how the request ended. */
    public static AuditEvent toolCall(Requester who, String method, String tool, boolean denied, long durationMicros,
            String outcome) {
        return of(Type.TOOL_CALL, who, method, tool, denied ? "denied" : "allowed", durationMicros, outcome);
    }

    /** A session opened by initialize, with the revision it negotiated. */
    public static AuditEvent sessionStarted(Requester who, long durationMicros, String version) {
        return of(Type.SESSION_START, who, "initialize", null, "started", durationMicros, version);
    }

    /**
     * A session ended: by the client's DELETE (with its request id), or by the server (expired,
     * evicted) without one.
     */
    public static AuditEvent sessionEnded(Requester who, String why) {
        return of(Type.SESSION_END, who, who.requestId() == null ? null : "DELETE", null, "ended", null, why);
    }

    /** Credentials refused: the kind of failure and the client's address; no subject is known yet. */
    public static AuditEvent authFailure(String requestId, String httpMethod, String kind, String address) {
        return of(Type.AUTH_FAILURE, new Requester(requestId, null, null, null), httpMethod, null, kind, null, address);
    }

    /** A request refused by a rate limit: why, and the client's address when the limit is by address. */
    public static AuditEvent rateLimited(String requestId, String subject, String method, String why, String address) {
        return of(Type.RATE_LIMITED, new Requester(requestId, subject, null, null), method, null, why, null, address);
    }

    /** An administrator revoked a token (by its jti) through the revoke_token tool. */
    public static AuditEvent revocation(String subject, String tokenId, boolean fresh) {
        return of(Type.REVOCATION, new Requester(null, subject, null, null), "tools/call", "revoke_token",
                fresh ? "revoked" : "already_revoked", null, tokenId);
    }

    private static AuditEvent of(Type type, Requester who, String method, String tool, String outcome,
            Long durationMicros, String detail) {
        return new AuditEvent(Instant.now(), type, who.requestId(), who.subject(), who.clientName(),
                who.clientVersion(), method, tool, outcome, durationMicros, detail);
    }

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
    }

    public AuditEvent withSubject(String replaced) {
        return new AuditEvent(time, type, requestId, replaced, clientName, clientVersion, method, tool, outcome,
                durationMicros, detail);
    }

    /** The event as the audit file's line holds it. */
    public ObjectNode toJson() {
        try (TokenBuffer buffer = new TokenBuffer(null, false)) {
            writeTo(buffer);
            return TREE_READER.readTree(buffer.asParser());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Writes the event as one JSON object; the only place that names its fields. */
    public void writeTo(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("time", time.toString());
        out.writeStringField("type", type.wire());
        writeIfPresent(out, "request_id", requestId);
        writeIfPresent(out, "subject", subject);
        writeIfPresent(out, "client_name", clientName);
        writeIfPresent(out, "client_version", clientVersion);
        writeIfPresent(out, "method", method);
        writeIfPresent(out, "tool", tool);
        out.writeStringField("outcome", outcome);
        if (durationMicros != null) {
            out.writeNumberField("duration_ms", durationMicros / 1000.0);
        }
        writeIfPresent(out, "detail", detail);
        out.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }
}
