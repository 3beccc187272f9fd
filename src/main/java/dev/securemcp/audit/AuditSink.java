package dev.securemcp.audit;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** Where audit events go: a rotated file for now; a shared store may implement it later. */
public interface AuditSink {

    /** Queues the event; the stage completes once it is written (not necessarily fsynced). */
    CompletionStage<Void> append(AuditEvent event);

    /** Queues the events in order; the stage completes once all of them are written. */
    default CompletionStage<Void> appendAll(List<AuditEvent> events) {
        CompletionStage<Void> last = null;
        for (AuditEvent event : events) {
            last = append(event);
        }
        return last == null ? java.util.concurrent.CompletableFuture.completedFuture(null) : last;
    }

    /** The newest written events, newest first, at most {@code limit}. */
    List<AuditEvent> recent(int limit);
}
