package dev.securemcp.transport;

import java.time.Instant;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.Caller;
import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;
import dev.securemcp.protocol.SessionState;
import io.smallrye.mutiny.Uni;

/** The audit events the transport decides: tool calls allowed or denied, sessions started and ended. */
@ApplicationScoped
public class TransportAudit {
    private static final Uni<Void> NOTHING = Uni.createFrom().voidItem();

    @Inject
    Audit audit;

    /** A tools/call's decision; nothing for a request that named no tool. */
    Uni<Void> afterRequest(String requestId, Caller caller, SessionState session, String method, String tool,
            boolean denied, String outcome, long startedNanos) {
        if (tool == null) {
            return NOTHING;
        }
        return event(AuditEvent.Type.TOOL_CALL, requestId, caller.subject(), session, method, tool,
                denied ? "denied" : "allowed", micros(startedNanos), outcome);
    }

    /** The same, calling {@code then} on the caller's context once written (with the failure, if any). */
    void afterRequest(String requestId, Caller caller, SessionState session, String method, String tool,
            boolean denied, String outcome, long startedNanos, Consumer<Throwable> then) {
        if (tool == null) {
            then.accept(null);
            return;
        }
        ObjectNode client = session == null ? null : session.clientInfo();
        audit.record(new AuditEvent(Instant.now(), AuditEvent.Type.TOOL_CALL, requestId, caller.subject(),
                text(client, "name"), text(client, "version"), method, tool, denied ? "denied" : "allowed",
                micros(startedNanos), outcome), then);
    }

    Uni<Void> sessionStarted(String requestId, Caller caller, SessionState session, long startedNanos) {
        return event(AuditEvent.Type.SESSION_START, requestId, caller.subject(), session, "initialize", null,
                "started", micros(startedNanos), session.version().wire());
    }

    Uni<Void> sessionEnded(String requestId, String subject, SessionState session, String why) {
        return event(AuditEvent.Type.SESSION_END, requestId, subject, session, requestId == null ? null : "DELETE",
                null, "ended", null, why);
    }

    private Uni<Void> event(AuditEvent.Type type, String requestId, String subject, SessionState session,
            String method, String tool, String outcome, Long micros, String detail) {
        ObjectNode client = session == null ? null : session.clientInfo();
        return audit.record(type, requestId, subject, text(client, "name"), text(client, "version"), method, tool,
                outcome, micros, detail);
    }

    private static String text(ObjectNode client, String field) {
        return client == null || !client.path(field).isTextual() ? null : client.get(field).textValue();
    }

    private static Long micros(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1000;
    }
}
