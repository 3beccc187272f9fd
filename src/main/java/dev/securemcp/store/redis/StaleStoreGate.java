package dev.securemcp.store.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.securemcp.store.StoreConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Fail closed: while this replica cannot confirm that its revocation copy is current, a request to
 * /mcp that carries a token gets 503 and a sentence at once, never an answer that a revocation
 * elsewhere might have forbidden. Requests without a token are answered 401 as always.
 */
@ApplicationScoped
public class StaleStoreGate {
    /** After the Origin check and the failed-authentication guard, before authentication. */
    private static final int PRIORITY = 890;

    private final StoreConfig config;
    private final RedisEvents events;

    @Inject
    public StaleStoreGate(StoreConfig config, RedisEvents events) {
        this.config = config;
        this.events = events;
    }

    void register(@Observes Filters filters) {
        if (config.kind() == StoreConfig.Kind.REDIS) {
            filters.register(this::check, PRIORITY);
        }
    }

    private void check(RoutingContext context) {
        if (events.current() || context.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        if (!path.equals("/mcp") && !path.startsWith("/mcp/")) {
            context.next();
            return;
        }
        context.response().setStatusCode(503)
                .putHeader("Retry-After", "1")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end("{\"error\":\"temporarily_unavailable\",\"error_description\":\"The server cannot confirm that its "
                        + "list of revoked tokens is current (the shared store is unreachable): try again shortly.\"}");
    }
}
