package dev.securemcp.store.redis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.securemcp.config.McpConfig;
import dev.securemcp.transport.FailureTally;
import io.smallrye.mutiny.Uni;

/**
 * Failed authentications per address in Redis windows of one minute. The count is Redis's, across
 * replicas; the refusal is local: the script that counts the failure that reaches the limit
 * announces the address, and every replica refuses it until the window ends, so the check before
 * authentication costs no round trip. A replica that missed an announcement (resubscribing) learns
 * it at that address's next failure.
 */
@ApplicationScoped
@Typed({ RedisFailureTally.class, StoreListener.class })
public class RedisFailureTally implements FailureTally, StoreListener {
    private static final Logger LOG = Logger.getLogger(RedisFailureTally.class);
    static final String TYPE = "refused";
    private static final long WINDOW_MILLIS = 60_000;

    private final RedisStore store;
    private final int maxFailures;
    /** Address -> this process's clock when its refusal ends. */
    private final Map<String, Long> refusedUntil = new ConcurrentHashMap<>();

    @Inject
    public RedisFailureTally(RedisStore store, McpConfig config) {
        this.store = store;
        this.maxFailures = config.auth().maxFailuresPerAddress();
    }

    @Override
    public boolean refused(String address) {
        Long until = refusedUntil.get(address);
        if (until == null) {
            return false;
        }
        if (until > System.currentTimeMillis()) {
            return true;
        }
        refusedUntil.remove(address, until);
        return false;
    }

    @Override
    public void failed(String address) {
        WindowScript.hit(store, store.key("failures:" + WindowScript.digest(address)), WINDOW_MILLIS, maxFailures,
                TYPE + " " + address)
                .subscribe().with(hit -> {
                    if (hit.count() >= maxFailures) {
                        refuse(address, hit.millisLeft());
                    }
                }, failure -> LOG.debugf("A failed authentication from %s was not counted: %s", address, failure.getMessage()));
    }

    @Override
    public long secondsLeft(String address) {
        Long until = refusedUntil.get(address);
        long left = until == null ? 1000 : until - System.currentTimeMillis();
        return Math.max(1, (left + 999) / 1000);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** "ADDRESS MILLIS_LEFT", as the script publishes it. */
    @Override
    public void onMessage(String payload) {
        int space = payload.lastIndexOf(' ');
        if (space > 0) {
            try {
                refuse(payload.substring(0, space), Long.parseLong(payload.substring(space + 1)));
            } catch (NumberFormatException malformed) {
                LOG.debugf("Ignored a malformed refusal message");
            }
        }
    }

    @Override
    public Uni<Void> reload() {
        return Uni.createFrom().voidItem();
    }

    private void refuse(String address, long millisLeft) {
        refusedUntil.put(address, System.currentTimeMillis() + millisLeft);
    }
}
