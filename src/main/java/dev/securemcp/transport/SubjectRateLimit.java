package dev.securemcp.transport;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.securemcp.access.Caller;
import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;
import dev.securemcp.config.McpConfig;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.store.StoreUnavailableException;
import io.smallrye.mutiny.Uni;

/**
 * {@code mcp.rate-limit.per-subject}: requests per subject per second. Past it, 429 with
 * Retry-After, so one runaway agent cannot starve the others. The counts live in {@link RequestCounts}
 * (this process's memory, or Redis when the replicas share them); a store that does not answer is a 503.
 */
@ApplicationScoped
public class SubjectRateLimit {
    private static final HttpAnswer STORE_UNAVAILABLE = HttpErrors.of(503, ErrorCode.INTERNAL_ERROR,
            "Service Unavailable: the shared rate-limit store did not answer; retry shortly.").retryAfter(1);

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

    /**
     * The request's answer, or, when this caller is over the limit, {@code refused} with the 429 to
     * write (with the 503 when the store does not answer). Deciding here, writing where the answer is.
     */
    <T> Uni<T> admit(Caller caller, String method, Supplier<Uni<T>> next, Function<HttpAnswer, Uni<T>> refused) {
        if (perSecond <= 0) {
            return next.get();
        }
        return counter.hit(caller.subject())
                .onItem().transformToUni(window -> window.count() <= perSecond ? next.get()
                        : refuse(caller, method, window.secondsLeft()).flatMap(answer -> refused.apply(answer)))
                .onFailure(StoreUnavailableException.class).recoverWithUni(failure -> refused.apply(STORE_UNAVAILABLE));
    }

    private Uni<HttpAnswer> refuse(Caller caller, String method, long retryAfter) {
        String requestId = RequestIds.current();
        return audit.record(AuditEvent.rateLimited(requestId, caller.subject(), method, "over_subject_limit", null))
                .map(written -> HttpErrors.of(429, ErrorCode.INVALID_REQUEST,
                        "Too Many Requests: this subject may send " + perSecond
                                + " requests a second; retry after " + retryAfter + " s.").retryAfter(retryAfter));
    }
}
