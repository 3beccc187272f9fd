package dev.securemcp.store;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * {@code mcp.store}: where revocations, rate-limit windows, sessions, streams and subscriptions live. Not {@code mcp.state.*}, which
 * is the sealed request state of 2026-07-28.
 */
@ConfigMapping(prefix = "mcp.store")
public interface StoreConfig {

    enum Kind {
        /** This process's memory and the revocation file: one replica (today's behaviour). */
        MEMORY,
        /** Redis ({@code quarkus.redis.hosts}): shared by every replica. */
        REDIS
    }

    @WithParentName
    @WithDefault("memory")
    Kind kind();

    Redis redis();

    interface Redis {
        /** Put before every key and channel name, so several deployments can share one Redis. */
        @WithDefault("secure-mcp:")
        String prefix();

        /** The longest wait for one Redis command; past it the request gets 503. */
        @WithDefault("2S")
        Duration timeout();

        /** How often each replica proves its subscription alive by hearing its own heartbeat. */
        @WithName("heartbeat-interval")
        @WithDefault("1S")
        Duration heartbeatInterval();

        /**
         * A replica that has not heard its own heartbeat for this long, or whose subscription ended,
         * no longer trusts its revocation copy: 503 and readiness DOWN until it has resubscribed and reloaded.
         */
        @WithName("stale-after")
        @WithDefault("3S")
        Duration staleAfter();

        /** How many events of each standalone stream are kept for a GET with Last-Event-ID (at least). */
        @WithName("replay-events")
        @WithDefault("200")
        int replayEvents();

        /** How long a standalone stream's events are kept after its last one. */
        @WithName("replay-ttl")
        @WithDefault("5M")
        Duration replayTtl();
    }
}
