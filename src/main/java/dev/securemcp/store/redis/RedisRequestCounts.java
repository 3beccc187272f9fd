package dev.securemcp.store.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import dev.securemcp.transport.RequestCounts;
import io.smallrye.mutiny.Uni;

/** The per-subject limit's windows of one second in Redis, so the limit holds across replicas. */
@ApplicationScoped
@Typed(RedisRequestCounts.class)
public class RedisRequestCounts implements RequestCounts {
    private static final long WINDOW_MILLIS = 1000;

    private final RedisStore store;

    @Inject
    public RedisRequestCounts(RedisStore store) {
        this.store = store;
    }

    @Override
    public Uni<WindowCount> hit(String subject) {
        return WindowScript.hit(store, store.key("rate:" + WindowScript.digest(subject)), WINDOW_MILLIS, 0, "")
                .map(hit -> new WindowCount(hit.count(), Math.max(1, (hit.millisLeft() + 999) / 1000)));
    }
}
