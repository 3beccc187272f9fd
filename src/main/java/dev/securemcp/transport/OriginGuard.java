package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.securemcp.config.McpConfig;
import dev.securemcp.ops.Printable;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * "Servers MUST validate the Origin header on all incoming connections to prevent DNS rebinding
 * attacks. If the Origin header is present and invalid, servers MUST respond with HTTP 403
 * Forbidden." Runs before authentication, so a foreign origin gets 403 with or without a token.
 *
 * <p>The Origin check runs before Quarkus's CORS filter ({@link CorsSetup}), so that a foreign origin
 * gets this JSON 403, preflight or not; the Host check runs after it, so that its 403 to an allowed
 * origin still carries the CORS headers a browser needs to read it.
 */
@ApplicationScoped
public class OriginGuard {
    private static final Logger LOG = Logger.getLogger(OriginGuard.class);
    private static final int BEFORE_EVERYTHING = 1000;
    /** Between Quarkus's CORS filter (300) and its authentication (200). */
    private static final int AFTER_CORS = 250;

    private final OriginPolicy policy;

    @Inject
    public OriginGuard(McpConfig config) {
        this.policy = new OriginPolicy(config.allowedOrigins(), config.resourceUrl());
    }

    public OriginPolicy policy() {
        return policy;
    }

    void register(@Observes Filters filters) {
        filters.register(this::checkOrigin, BEFORE_EVERYTHING);
        filters.register(this::checkHost, AFTER_CORS);
    }

    private static boolean guarded(RoutingContext context) {
        return McpPath.covers(context.normalizedPath());
    }

    private void checkOrigin(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (guarded(context) && !policy.allowsOrigin(origin)) {
            LOG.infof("Refused origin %s", Printable.text(origin, 100));
            refuse(context, "forbidden_origin", "Requests from this Origin are not allowed.");
            return;
        }
        context.next();
    }

    private void checkHost(RoutingContext context) {
        if (!guarded(context)) {
            context.next();
            return;
        }
        // HTTP/2 carries the host in :authority rather than a Host header: read it from there. Behind
        // a trusted proxy (quarkus.http.proxy.*) the authority is the forwarded host.
        HostAndPort authority = context.request().authority();
        String host = authority == null ? null : authority.host();
        if (!policy.allowsHostName(host)) {
            LOG.infof("Refused Host %s", Printable.text(host, 100));
            refuse(context, "forbidden_host", "The Host header does not name this server.");
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, String error, String description) {
        context.response().setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(HttpErrors.oauthBody(error, description));
    }
}
