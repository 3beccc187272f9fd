package dev.securemcp.audit;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** Where audit events go: a rotated file for now; a shared store may implement it later. */
public interface AuditSink {

    /** Queues the event; the stage completes once it is written (not necessarily fsynced). */
    CompletionStage<Void> append(AuditEvent event);

    /** The newest written events, newest first, at most {@code limit}. */
    List<AuditEvent> recent(int limit);
}
