package dev.securemcp.store.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.securemcp.store.StoreConfig;
import dev.securemcp.store.StoreUnavailableException;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * The Redis behind {@code mcp.store=redis}: key names under {@code mcp.store.redis.prefix}, and
 * every command bounded by {@code mcp.store.redis.timeout}, failing with
 * {@link StoreUnavailableException}, never hanging.
 */
@ApplicationScoped
public class RedisStore {
    private final String prefix;
    private final Duration timeout;
    private final InjectableInstance<ReactiveRedisDataSource> dataSources;
    private volatile ReactiveRedisDataSource redis;

    @Inject
    public RedisStore(StoreConfig config, InjectableInstance<ReactiveRedisDataSource> dataSources) {
        this.prefix = config.redis().prefix();
        this.timeout = config.redis().timeout();
        this.dataSources = dataSources;
    }

    /** A key or channel name of this deployment. */
    public String key(String name) {
        return prefix + name;
    }

    /** The data source, looked up on first use: with no {@code quarkus.redis.hosts} there is none to inject. */
    public ReactiveRedisDataSource redis() {
        ReactiveRedisDataSource found = redis;
        if (found == null) {
            if (!dataSources.getHandle().getBean().isActive()) {
                throw new IllegalStateException("mcp.store=redis needs quarkus.redis.hosts (for example redis://127.0.0.1:6379).");
            }
            found = dataSources.get();
            redis = found;
        }
        return found;
    }

    /** One command, bounded in time. */
    public Uni<Response> run(String command, String... arguments) {
        return bounded(redis().execute(command, arguments), command);
    }

    /** One Lua script: one round trip, atomic in Redis. */
    public Uni<Response> eval(String script, List<String> keys, String... arguments) {
        List<String> all = new ArrayList<>(2 + keys.size() + arguments.length);
        all.add(script);
        all.add(Integer.toString(keys.size()));
        all.addAll(keys);
        all.addAll(List.of(arguments));
        return bounded(redis().execute("EVAL", all.toArray(String[]::new)), "EVAL");
    }

    /** Bounds any Redis answer by the command timeout and names a failure as the store's. */
    public <T> Uni<T> bounded(Uni<T> answer, String what) {
        return answer.ifNoItem().after(timeout)
                .failWith(() -> new StoreUnavailableException("Redis did not answer " + what + " within " + timeout, null))
                .onFailure(failure -> !(failure instanceof StoreUnavailableException))
                .transform(failure -> new StoreUnavailableException("Redis failed " + what + ": " + failure.getMessage(), failure));
    }
}
