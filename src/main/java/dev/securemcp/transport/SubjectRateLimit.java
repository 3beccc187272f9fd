package dev.securemcp.transport;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.securemcp.access.Caller;
import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;
import dev.securemcp.config.McpConfig;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.JsonRpc;
import io.smallrye.mutiny.Uni;

/**
 * {@code mcp.rate-limit.per-subject}: requests per subject per second. Past it, 429 with
 * Retry-After, so one runaway agent cannot starve the others.
 */
@ApplicationScoped
public class SubjectRateLimit {
    private final int perSecond;
    private final WindowCounter counter;
    private final Audit audit;

    @Inject
    public SubjectRateLimit(McpConfig config, Audit audit) {
        this(config.rateLimit().perSubject(), new InMemoryWindowCounter(Duration.ofSeconds(1), System::currentTimeMillis),
                audit);
    }

    SubjectRateLimit(int perSecond, WindowCounter counter, Audit audit) {
        this.perSecond = perSecond;
        this.counter = counter;
        this.audit = audit;
    }

    /** The request's answer, or a 429 when this caller is over the limit. */
    public Uni<Response> admit(Caller caller, String method, Supplier<Uni<Response>> next) {
        if (perSecond <= 0 || counter.hit(caller.subject()) <= perSecond) {
            return next.get();
        }
        String requestId = RequestIds.current();
        long retryAfter = counter.secondsLeft();
        return audit.record(AuditEvent.Type.RATE_LIMITED, requestId, caller.subject(), null, null, method, null,
                "over_subject_limit", null, null)
                .map(written -> Response.status(429)
                        .header("Retry-After", Long.toString(retryAfter))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(JsonRpc.error(null, ErrorCode.INVALID_REQUEST,
                                "Too Many Requests: this subject may send " + perSecond
                                        + " requests a second; retry after " + retryAfter + " s.", null).toString())
                        .build());
    }
}
