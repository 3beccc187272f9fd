package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.securemcp.config.McpConfig;
import dev.securemcp.store.ReplicaTag;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code mcp.test.replica-header=true} (off by default; for tests of several replicas): every
 * answer of /mcp names the replica that gave it in {@code Mcp-Test-Replica}.
 */
@ApplicationScoped
public class ReplicaHeader {
    public static final String NAME = "Mcp-Test-Replica";
    private static final int FIRST = 3000;

    void register(@Observes Filters filters, McpConfig config, ReplicaTag replica) {
        if (config.test().replicaHeader()) {
            String value = replica.value();
            filters.register(context -> name(context, value), FIRST);
        }
    }

    private static void name(RoutingContext context, String replica) {
        if (McpPath.covers(context.normalizedPath())) {
            context.response().putHeader(NAME, replica);
        }
        context.next();
    }
}
