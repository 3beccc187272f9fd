package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.auth.BearerRefusals;
import dev.securemcp.protocol.RequestOutcome;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

/**
 * The one ending of every JSON-RPC request, in a session, stateless or in a batch: one access-log
 * line, the audit event, and, once that event is in the file, the answer.
 */
@ApplicationScoped
class RequestEnding {

    /** How a path words an outcome; the session's wording is the default. */
    interface Wording {
        /** The status to answer with while nothing is streamed yet; {@link #CHANNEL} leaves it to the channel. */
        int CHANNEL = 0;

        default String label(RequestOutcome outcome) {
            return outcome.label();
        }

        default ObjectNode message(InFlight flight, RequestOutcome outcome) {
            return OutcomeMessages.of(flight, outcome);
        }

        default int status(RequestOutcome outcome) {
            return outcome.denied() ? 403 : CHANNEL;
        }
    }

    static final Wording SESSION = new Wording() {
    };

    @Inject
    TransportAudit audit;

    @Inject
    BearerRefusals refusals;

    /** Logs, audits and answers the request on its channel; must run on the request's context. */
    void end(InFlight flight, RequestOutcome outcome, Wording wording, UniEmitter<? super Response> emitter) {
        String label = wording.label(outcome);
        AccessLog.record(flight.arrival(), flight.sessionShortId(), flight.request().method(), outcome.tool(), label);
        audit.afterRequest(flight, outcome, label, unwritten -> {
            if (unwritten != null) {
                emitter.fail(unwritten);
                return;
            }
            try {
                write(flight, outcome, wording, emitter);
            } catch (RuntimeException bug) {
                emitter.fail(bug);
            }
        });
    }

    /** Audits one element of a batch and words its answer; the batch has one access-log line of its own. */
    Uni<JsonNode> endInBatch(InFlight flight, RequestOutcome outcome) {
        return Uni.createFrom().emitter(emitter -> audit.afterRequest(flight, outcome, outcome.label(), unwritten -> {
            if (unwritten != null) {
                emitter.fail(unwritten);
            } else {
                emitter.complete(SESSION.message(flight, outcome));
            }
        }));
    }

    private void write(InFlight flight, RequestOutcome outcome, Wording wording, UniEmitter<? super Response> emitter) {
        ObjectNode message = wording.message(flight, outcome);
        int status = wording.status(outcome);
        ResponseChannel channel = flight.channel();
        if (status == Wording.CHANNEL) {
            channel.finish(message, emitter);
            return;
        }
        String challenge = outcome instanceof RequestOutcome.AccessDenied denied
                ? refusals.insufficientScopeChallenge(denied.requirement()) : null;
        channel.finish(status, message, challenge, emitter);
    }
}
