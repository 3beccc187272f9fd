package dev.securemcp.store.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.securemcp.store.StoreConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;

/**
 * With {@code mcp.store=redis}, readiness is DOWN while the revocation copy cannot be confirmed
 * current, with the reason; with {@code memory} no check is added, so readiness reads as before.
 */
@ApplicationScoped
public class StoreReadiness {
    static final String NAME = "shared-store";

    @Inject
    StoreConfig config;

    @Inject
    RedisEvents events;

    @Inject
    @Readiness
    HealthRegistry readiness;

    void onStart(@Observes StartupEvent start) {
        if (config.kind() != StoreConfig.Kind.REDIS) {
            return;
        }
        readiness.register(NAME, () -> {
            String problem = events.problem();
            return problem == null
                    ? HealthCheckResponse.named(NAME).up().withData("store", "redis").build()
                    : HealthCheckResponse.named(NAME).down().withData("store", "redis").withData("problem", problem).build();
        });
    }
}
