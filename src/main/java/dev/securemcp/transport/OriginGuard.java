package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.securemcp.config.McpConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * "Servers MUST validate the Origin header on all incoming connections to prevent DNS rebinding
 * attacks. If the Origin header is present and invalid, servers MUST respond with HTTP 403
 * Forbidden." Runs before authentication, so a foreign origin gets 403 with or without a token.
 */
@ApplicationScoped
public class OriginGuard {
    private static final Logger LOG = Logger.getLogger(OriginGuard.class);
    private static final int BEFORE_EVERYTHING = 1000;

    private final OriginPolicy policy;

    @Inject
    public OriginGuard(McpConfig config) {
        this.policy = new OriginPolicy(config.allowedOrigins(), config.resourceUrl());
    }

    public OriginPolicy policy() {
        return policy;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, BEFORE_EVERYTHING);
    }

    private void check(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.equals("/mcp") && !path.startsWith("/mcp/")) {
            context.next();
            return;
        }
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (!policy.allowsOrigin(origin)) {
            LOG.infof("Refused origin %s", origin);
            refuse(context, "forbidden_origin", "Requests from this Origin are not allowed.");
            return;
        }
        // HTTP/2 carries the host in :authority rather than a Host header: read it from there.
        HostAndPort authority = context.request().authority();
        String host = authority == null ? null : authority.host();
        if (!policy.allowsHostName(host)) {
            LOG.infof("Refused Host %s", host);
            refuse(context, "forbidden_host", "The Host header does not name this server.");
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, String error, String description) {
        context.response().setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
    }
}
