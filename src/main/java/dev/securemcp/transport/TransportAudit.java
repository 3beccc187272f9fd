package dev.securemcp.transport;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;
import dev.securemcp.protocol.RequestOutcome;
import dev.securemcp.protocol.SessionState;
import io.smallrye.mutiny.Uni;

/** The audit events the transport decides: tool calls allowed or denied, sessions started and ended. */
@ApplicationScoped
public class TransportAudit {
    @Inject
    Audit audit;

    /**
     * A tools/call's decision, then {@code then} on the request's context once written (with the
     * failure, if any); at once for a request that reached no tool.
     */
    void afterRequest(InFlight flight, RequestOutcome outcome, String label, Consumer<Throwable> then) {
        if (outcome.tool() == null) {
            then.accept(null);
            return;
        }
        audit.record(AuditEvent.toolCall(requester(flight.requestId(), flight.subject(), flight.session()),
                flight.request().method(), outcome.tool(), outcome.denied(), micros(flight.started()), label), then);
    }

    Uni<Void> sessionStarted(Arrival arrival, SessionState session) {
        return audit.record(AuditEvent.sessionStarted(requester(arrival.requestId(), arrival.subject(), session),
                micros(arrival.started()), session.version().wire()));
    }

    public Uni<Void> sessionEnded(String requestId, String subject, SessionState session, String why) {
        return audit.record(AuditEvent.sessionEnded(requester(requestId, subject, session), why));
    }

    private static AuditEvent.Requester requester(String requestId, String subject, SessionState session) {
        ObjectNode client = session == null ? null : session.clientInfo();
        return new AuditEvent.Requester(requestId, subject, text(client, "name"), text(client, "version"));
    }

    private static String text(ObjectNode client, String field) {
        return client == null || !client.path(field).isTextual() ? null : client.get(field).textValue();
    }

    private static long micros(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1000;
    }
}
