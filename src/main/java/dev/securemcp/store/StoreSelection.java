package dev.securemcp.store;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.securemcp.auth.FileRevocationStore;
import dev.securemcp.auth.RevocationStore;
import dev.securemcp.config.McpConfig;
import dev.securemcp.features.LocalResourceSubscriptions;
import dev.securemcp.features.ResourceSubscriptions;
import dev.securemcp.store.redis.RedisFailureTally;
import dev.securemcp.store.redis.RedisRequestCounts;
import dev.securemcp.store.redis.RedisResourceSubscriptions;
import dev.securemcp.store.redis.RedisRevocationStore;
import dev.securemcp.store.redis.RedisSessionRegistry;
import dev.securemcp.store.redis.RedisStandaloneStreams;
import dev.securemcp.transport.FailureTally;
import dev.securemcp.transport.InMemorySessionRegistry;
import dev.securemcp.transport.InMemoryWindowCounter;
import dev.securemcp.transport.LocalStandaloneStreams;
import dev.securemcp.transport.MemoryFailureTally;
import dev.securemcp.transport.MemoryRequestCounts;
import dev.securemcp.transport.RequestCounts;
import dev.securemcp.transport.SessionRegistry;
import dev.securemcp.transport.StandaloneStreams;

/**
 * Hands out the stores that {@code mcp.store} chooses. With {@code memory} nothing of Redis is
 * touched: its beans are only looked up here, when {@code redis} is chosen.
 */
@ApplicationScoped
public class StoreSelection {

    @Produces
    @Singleton
    RevocationStore revocations(StoreConfig store, Instance<FileRevocationStore> file,
            Instance<RedisRevocationStore> redis) {
        return store.kind() == StoreConfig.Kind.REDIS ? redis.get() : file.get();
    }

    /** The per-subject limit's counts: windows of one second. */
    @Produces
    @Singleton
    RequestCounts requestCounts(StoreConfig store, Instance<RedisRequestCounts> redis) {
        return store.kind() == StoreConfig.Kind.REDIS ? redis.get()
                : new MemoryRequestCounts(new InMemoryWindowCounter(Duration.ofSeconds(1), System::currentTimeMillis));
    }

    /** Open sessions: this process's, or every replica's. */
    @Produces
    @Singleton
    SessionRegistry sessions(StoreConfig store, Instance<InMemorySessionRegistry> memory, Instance<RedisSessionRegistry> redis) {
        return store.kind() == StoreConfig.Kind.REDIS ? redis.get() : memory.get();
    }

    /** The sessions' standalone streams: this process's, or any replica's. */
    @Produces
    @Singleton
    StandaloneStreams standaloneStreams(StoreConfig store, McpConfig config, Instance<RedisStandaloneStreams> redis) {
        return store.kind() == StoreConfig.Kind.REDIS ? redis.get() : new LocalStandaloneStreams(config);
    }

    /** Resource subscriptions: this process's sessions', or every replica's. */
    @Produces
    @Singleton
    ResourceSubscriptions resourceSubscriptions(StoreConfig store, Instance<RedisResourceSubscriptions> redis) {
        return store.kind() == StoreConfig.Kind.REDIS ? redis.get() : new LocalResourceSubscriptions();
    }

    /** Failed authentications per address: windows of one minute. */
    @Produces
    @Singleton
    FailureTally failureTally(StoreConfig store, McpConfig config, Instance<RedisFailureTally> redis) {
        return store.kind() == StoreConfig.Kind.REDIS ? redis.get()
                : new MemoryFailureTally(config.auth().maxFailuresPerAddress(),
                        new InMemoryWindowCounter(Duration.ofMinutes(1), System::currentTimeMillis));
    }
}
