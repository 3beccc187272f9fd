package dev.securemcp.store.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.securemcp.auth.RevocationStore;
import dev.securemcp.auth.VerifiedTokenCache;
import dev.securemcp.config.McpConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Revoked token ids in Redis, one key each ({@code PREFIX revoked:JTI}), announced on the
 * deployment's channel. Each replica checks its local copy (no round trip on a request): loaded
 * whole at start and after every resubscribe, and added to by every announcement, which also drops
 * the token's verified-cache entries. Whether the copy is current is {@link RedisEvents}' question.
 */
@ApplicationScoped
@Typed({ RedisRevocationStore.class, StoreListener.class })
public class RedisRevocationStore implements RevocationStore, StoreListener {
    private static final Logger LOG = Logger.getLogger(RedisRevocationStore.class);
    static final String TYPE = "revoked";
    private static final int SCAN_BATCH = 1000;
    /** Sets the id's key unless it exists, and announces it only then: one atomic step. */
    private static final String REVOKE = """
            if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then
              redis.call('PUBLISH', ARGV[2], ARGV[3])
              return 1
            end
            return 0""";
    /** KEYS the ids' keys, ARGV their TTLs in ms: puts back what this replica knows and Redis lost. */
    private static final String RESTORE = """
            for i = 1, #KEYS do
              redis.call('SET', KEYS[i], '1', 'NX', 'PX', ARGV[i])
            end
            return #KEYS""";

    private final RedisStore store;
    private final VerifiedTokenCache cache;
    private final RevocationFileImport fileImport;
    private final Duration keep;
    /** Revoked id -> this process's clock when its Redis key has surely expired. */
    private final Map<String, Long> revoked = new ConcurrentHashMap<>();

    @Inject
    public RedisRevocationStore(RedisStore store, VerifiedTokenCache cache, RevocationFileImport fileImport, McpConfig config,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds) {
        this.store = store;
        this.cache = cache;
        this.fileImport = fileImport;
        // The tool is given only the jti, not the token's exp. A token revoked now was issued at the
        // latest now, so it expires within the longest lifetime and is accepted for the skew after that.
        this.keep = config.auth().maxTokenLifetime().plusSeconds(skewSeconds);
    }

    /** How long a revocation is kept in Redis. */
    public Duration keep() {
        return keep;
    }

    @Override
    public boolean isRevoked(String jti) {
        return jti != null && revoked.containsKey(jti);
    }

    /** Blocks until Redis has it (a tool thread, never the event loop); StoreUnavailableException when it cannot. */
    @Override
    public boolean revoke(String jti) {
        if (jti.isBlank() || jti.contains("\n") || jti.contains("\r")) {
            throw new IllegalArgumentException("A token id is one non-blank line.");
        }
        Response set = store.eval(REVOKE, List.of(idKey(jti)), Long.toString(keep.toMillis()),
                store.key(RedisEvents.CHANNEL), TYPE + " " + jti).await().indefinitely();
        remember(jti);
        return set.toLong() == 1;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void onMessage(String jti) {
        remember(jti);
        cache.forgetTokenId(jti);
    }

    /**
     * The file import (once), then every id key. The copy only grows here: ids leave it when they
     * expire. Ids this replica knows that Redis no longer has (a Redis that restarted empty) are put
     * back, so a revocation outlives a Redis restart while any replica that knew it runs.
     */
    @Override
    public Uni<Void> reload() {
        return fileImport.importOnce(keep).chain(() -> scan("0", new ArrayList<>()))
                .chain(ids -> {
                    Set<String> inRedis = new HashSet<>(ids);
                    ids.forEach(this::remember);
                    long now = System.currentTimeMillis();
                    revoked.values().removeIf(until -> until < now);
                    return restore(inRedis, now);
                });
    }

    private Uni<Void> restore(Set<String> inRedis, long now) {
        List<String> keys = new ArrayList<>();
        List<String> ttls = new ArrayList<>();
        revoked.forEach((jti, until) -> {
            if (!inRedis.contains(jti) && until > now) {
                keys.add(idKey(jti));
                ttls.add(Long.toString(until - now));
            }
        });
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return store.eval(RESTORE, keys, ttls.toArray(String[]::new))
                .invoke(restored -> LOG.infof("Put %d revoked token ids back into Redis, which had lost them", keys.size()))
                .replaceWithVoid();
    }

    private Uni<List<String>> scan(String cursor, List<String> found) {
        String prefix = store.key(TYPE + ":");
        return store.run("SCAN", cursor, "MATCH", glob(prefix) + "*", "COUNT", Integer.toString(SCAN_BATCH))
                .chain(page -> {
                    for (Response key : page.get(1)) {
                        found.add(key.toString().substring(prefix.length()));
                    }
                    String next = page.get(0).toString();
                    return next.equals("0") ? Uni.createFrom().item(found) : scan(next, found);
                });
    }

    String idKey(String jti) {
        return store.key(TYPE + ":" + jti);
    }

    private void remember(String jti) {
        revoked.put(jti, System.currentTimeMillis() + keep.toMillis());
    }

    /** The prefix as a SCAN pattern that matches only itself. */
    private static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
