package dev.securemcp.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

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
    private final TurnBatcher batcher;
    private final boolean hashSubjects;

    @Inject
    public Audit(McpConfig config) {
        this(new FileAuditSink(Path.of(config.audit().file()), config.audit().rotateBytes(), config.audit().keepFiles()),
                config.audit().hashSubjects());
    }

    Audit(AuditSink sink, boolean hashSubjects) {
        this.sink = sink;
        this.batcher = new TurnBatcher(sink);
        this.hashSubjects = hashSubjects;
    }

    /** Records the event; the Uni completes when it is written, or fails when it cannot be. */
    public Uni<Void> record(AuditEvent event) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        record(event, failure -> {
            if (failure == null) {
                written.complete(null);
            } else {
                written.completeExceptionally(failure);
            }
        });
        return Uni.createFrom().completionStage(written);
    }

    /**
     * Records the event, then calls {@code then} with null once it is written, or with the failure
     * when it cannot be: on the caller's Vert.x context when there is one.
     */
    public void record(AuditEvent event, Consumer<Throwable> then) {
        AuditEvent stored = hashSubjects && event.subject() != null ? event.withSubject(hash(event.subject())) : event;
        Context context = Vertx.currentContext();
        if (context != null && Context.isOnEventLoopThread()) {
            batcher.add(stored, context, then);
        } else if (context != null) {
            sink.append(stored).whenComplete((written, failure) -> context.runOnContext(ignored -> then.accept(failure)));
        } else {
            sink.append(stored).whenComplete((written, failure) -> then.accept(failure));
        }
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
