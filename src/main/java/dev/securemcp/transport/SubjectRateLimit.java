package dev.securemcp.transport;

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
import dev.securemcp.store.StoreUnavailableException;
import io.smallrye.mutiny.Uni;

/**
 * {@code mcp.rate-limit.per-subject}: requests per subject per second. Past it, 429 with
 * Retry-After, so one runaway agent cannot starve the others. The counts live in {@link RequestCounts}
 * (this process's memory, or Redis when the replicas share them); a store that does not answer is a 503.
 */
@ApplicationScoped
public class SubjectRateLimit {
    private final int perSecond;
    private final RequestCounts counter;
    private final Audit audit;

    @Inject
    public SubjectRateLimit(McpConfig config, RequestCounts counter, Audit audit) {
        this(config.rateLimit().perSubject(), counter, audit);
    }

    SubjectRateLimit(int perSecond, RequestCounts counter, Audit audit) {
        this.perSecond = perSecond;
        this.counter = counter;
        this.audit = audit;
    }

    /** The request's answer, or a 429 when this caller is over the limit. */
    public Uni<Response> admit(Caller caller, String method, Supplier<Uni<Response>> next) {
        if (perSecond <= 0) {
            return next.get();
        }
        return counter.hit(caller.subject())
                .onItem().transformToUni(window -> window.count() <= perSecond ? next.get()
                        : refuse(caller, method, window.secondsLeft()))
                .onFailure(StoreUnavailableException.class).recoverWithItem(SubjectRateLimit::storeUnavailable);
    }

    private Uni<Response> refuse(Caller caller, String method, long retryAfter) {
        String requestId = RequestIds.current();
        return audit.record(AuditEvent.rateLimited(requestId, caller.subject(), method, "over_subject_limit", null))
                .map(written -> Response.status(429)
                        .header("Retry-After", Long.toString(retryAfter))
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(JsonRpc.error(null, ErrorCode.INVALID_REQUEST,
                                "Too Many Requests: this subject may send " + perSecond
                                        + " requests a second; retry after " + retryAfter + " s.", null).toString())
                        .build());
    }

    private static Response storeUnavailable(Throwable failure) {
        return Response.status(503)
                .header("Retry-After", "1")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonRpc.error(null, ErrorCode.INTERNAL_ERROR,
                        "Service Unavailable: the shared rate-limit store did not answer; retry shortly.", null).toString())
                .build();
    }
}
