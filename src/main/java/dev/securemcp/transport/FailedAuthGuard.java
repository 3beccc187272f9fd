package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;
import dev.securemcp.config.McpConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code mcp.auth.max-failures-per-address}: a client address whose requests to /mcp failed
 * authentication that many times this minute gets 429 before any token is looked at, so that
 * guessing costs the server no signature checks. Counts the 401s it sees go out.
 */
@ApplicationScoped
public class FailedAuthGuard {
    private static final Logger LOG = Logger.getLogger(FailedAuthGuard.class);
    /** Right after OriginGuard, before authentication. */
    private static final int PRIORITY = 900;

    private final int maxFailures;
    private final FailureTally failures;
    private final Audit audit;

    @Inject
    public FailedAuthGuard(McpConfig config, FailureTally failures, Audit audit) {
        this(config.auth().maxFailuresPerAddress(), failures, audit);
    }

    FailedAuthGuard(int maxFailures, FailureTally failures, Audit audit) {
        this.maxFailures = maxFailures;
        this.failures = failures;
        this.audit = audit;
    }

    void register(@Observes Filters filters) {
        if (maxFailures > 0) {
            filters.register(this::check, PRIORITY);
        }
    }

    private void check(RoutingContext context) {
        if (!McpPath.covers(context.normalizedPath())) {
            context.next();
            return;
        }
        String address = context.request().remoteAddress() == null ? "unknown"
                : context.request().remoteAddress().hostAddress();
        if (failures.refused(address)) {
            LOG.infof("Refused %s: too many failed authentications", address);
            String requestId = RequestIds.current();
            audit.record(AuditEvent.rateLimited(requestId, null, context.request().method().name(),
                    "too_many_failures", address))
                    .subscribe().with(written -> refuse(context, address), failed -> context.fail(500));
            return;
        }
        context.addHeadersEndHandler(ended -> {
            if (context.response().getStatusCode() == 401) {
                failures.failed(address);
            }
        });
        context.next();
    }

    private void refuse(RoutingContext context, String address) {
        context.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(failures.secondsLeft(address)))
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(HttpErrors.oauthBody("too_many_requests",
                        "Too many failed authentications from this address: wait before trying again."));
    }
}
