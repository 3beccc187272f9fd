package dev.securemcp.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.securemcp.config.McpConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The audit log as the rest of the server uses it: one call per decision, answered by a {@link Uni}
 * that completes once the event is in the file, on the caller's Vert.x context, so that a response
 * waits for its event without blocking an event-loop thread.
 */
@ApplicationScoped
public class Audit {
    private final AuditSink sink;
    private final boolean hashSubjects;

    @Inject
    public Audit(McpConfig config) {
        this(new FileAuditSink(Path.of(config.audit().file()), config.audit().rotateBytes(), config.audit().keepFiles()),
                config.audit().hashSubjects());
    }

    Audit(AuditSink sink, boolean hashSubjects) {
        this.sink = sink;
        this.hashSubjects = hashSubjects;
    }

    /** Records the event; the Uni completes when it is written, or fails when it cannot be. */
    public Uni<Void> record(AuditEvent event) {
        AuditEvent stored = hashSubjects && event.subject() != null ? event.withSubject(hash(event.subject())) : event;
        Uni<Void> written = Uni.createFrom().completionStage(sink.append(stored));
        Context context = Vertx.currentContext();
        return context == null ? written : written.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Shorthand for an event made now. */
    public Uni<Void> record(AuditEvent.Type type, String requestId, String subject, String clientName,
            String clientVersion, String method, String tool, String outcome, Long durationMicros, String detail) {
        return record(new AuditEvent(Instant.now(), type, requestId, subject, clientName, clientVersion, method, tool,
                outcome, durationMicros, detail));
    }

    public List<AuditEvent> recent(int limit) {
        return sink.recent(limit);
    }

    static String hash(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }

    @PreDestroy
    void close() throws Exception {
        if (sink instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
