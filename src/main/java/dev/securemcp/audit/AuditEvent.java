package dev.securemcp.audit;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
    }

    public AuditEvent withSubject(String replaced) {
        return new AuditEvent(time, type, requestId, replaced, clientName, clientVersion, method, tool, outcome,
                durationMicros, detail);
    }

    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("time", time.toString());
        json.put("type", type.wire());
        putIfPresent(json, "request_id", requestId);
        putIfPresent(json, "subject", subject);
        putIfPresent(json, "client_name", clientName);
        putIfPresent(json, "client_version", clientVersion);
        putIfPresent(json, "method", method);
        putIfPresent(json, "tool", tool);
        json.put("outcome", outcome);
        if (durationMicros != null) {
            json.put("duration_ms", durationMicros / 1000.0);
        }
        putIfPresent(json, "detail", detail);
        return json;
    }

    private static void putIfPresent(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
