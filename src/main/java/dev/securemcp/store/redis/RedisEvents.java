package dev.securemcp.store.redis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.securemcp.store.ReplicaTag;
import dev.securemcp.store.StoreConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.RedisConnection;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;

/**
 * The replica's one subscription to the deployment's channel and to its own, on a connection of its own (its
 * handlers set before SUBSCRIBE is sent, so no message can arrive unheard), and whether the local copies can be trusted. They can while the
 * subscription is up, every listener has reloaded since it was made, and the replica has heard its
 * own heartbeat (published every {@code heartbeat-interval}) within {@code stale-after}: a
 * connection that dies silently is noticed too. When any of that fails the replica resubscribes,
 * reloads and trusts its copies again, without a restart.
 */
@ApplicationScoped
public class RedisEvents {
    private static final Logger LOG = Logger.getLogger(RedisEvents.class);
    static final String CHANNEL = "events";
    private static final String HEARTBEAT = "heartbeat";
    private static final long RETRY_MILLIS = 500;

    private final RedisStore store;
    private final StoreConfig config;
    private final Vertx vertx;
    private final Instance<StoreListener> listenerBeans;
    private final String replica;
    private final String channel;
    private Map<String, StoreListener> listeners = Map.of();

    /** Bumped by every new subscription, so the callbacks of an old one change nothing. */
    private long attempt;
    private RedisConnection subscriber;
    private volatile boolean current;
    private volatile long lastHeardMillis;
    private volatile String problem = "The shared store has not been reached yet.";
    private long timer = -1;
    private boolean stopped;

    @Inject
    public RedisEvents(RedisStore store, StoreConfig config, Vertx vertx, Instance<StoreListener> listenerBeans,
            ReplicaTag tag) {
        this.replica = tag.value();
        this.store = store;
        this.config = config;
        this.vertx = vertx;
        this.listenerBeans = listenerBeans;
        this.channel = store.key(CHANNEL);
    }

    /** A run that serves no HTTP (a CLI command) needs no copies and never connects. */
    void onStart(@Observes StartupEvent start,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serves) {
        if (config.kind() != StoreConfig.Kind.REDIS || !serves) {
            return;
        }
        listeners = listenerBeans.stream().collect(Collectors.toMap(StoreListener::type, Function.identity()));
        long every = config.redis().heartbeatInterval().toMillis();
        synchronized (this) {
            timer = vertx.setPeriodic(every, every, tick -> beat());
        }
        subscribe();
    }

    void onStop(@Observes ShutdownEvent stop) {
        RedisConnection last;
        synchronized (this) {
            stopped = true;
            current = false;
            if (timer >= 0) {
                vertx.cancelTimer(timer);
            }
            last = subscriber;
            subscriber = null;
        }
        close(last);
    }

    /** The deployment's channel, which every replica hears. */
    public String channel() {
        return channel;
    }

    /** This replica's id for the run: the name of its own channel. */
    public String replica() {
        return replica;
    }

    /** The channel of one replica: messages meant for it alone, in the same {@code TYPE PAYLOAD} form. */
    public String channelOf(String replica) {
        return store.key("replica:" + replica);
    }

    /** Whether every local copy is known to be current. One volatile read. */
    public boolean current() {
        return current;
    }

    /** Why the copies cannot be trusted now, in a sentence; null while they can. */
    public String problem() {
        return current ? null : problem;
    }

    private void subscribe() {
        long mine;
        synchronized (this) {
            if (stopped) {
                return;
            }
            mine = ++attempt;
        }
        store.bounded(store.redis().getRedis().connect(), "a connection")
                .chain(connection -> {
                    connection.handler(this::onPush)
                            .endHandler(() -> lost(mine, "The subscription to the shared store ended."))
                            .exceptionHandler(failure -> lost(mine, "The connection to the shared store failed."));
                    synchronized (this) {
                        if (mine != attempt) {
                            close(connection);
                            return Uni.createFrom().voidItem();
                        }
                        subscriber = connection;
                    }
                    return store.bounded(connection.send(Request.cmd(Command.SUBSCRIBE).arg(channel).arg(channelOf(replica))), "SUBSCRIBE")
                            .invoke(subscribed -> lastHeardMillis = System.currentTimeMillis())
                            .chain(subscribed -> Uni.join().all(listeners.values().stream().map(StoreListener::reload).toList())
                                    .andFailFast())
                            .replaceWithVoid();
                })
                .subscribe().with(loaded -> trusted(mine), failure -> lost(mine,
                        "The shared store cannot be reached: " + failure.getMessage()));
    }

    /** A message pushed on the subscription: {@code [message, CHANNEL, TEXT]}; confirmations are ignored. */
    private void onPush(Response push) {
        if (push != null && push.size() == 3 && "message".equalsIgnoreCase(push.get(0).toString())) {
            dispatch(push.get(2).toString());
        }
    }

    private static void close(RedisConnection connection) {
        if (connection != null) {
            connection.close().subscribe().with(done -> { }, failed -> { });
        }
    }

    private synchronized void trusted(long mine) {
        if (mine == attempt && subscriber != null && !stopped) {
            if (!current) {
                LOG.infof("Subscribed to %s and reloaded: the revocations and limits are current", channel);
            }
            current = true;
        }
    }

    private void lost(long mine, String why) {
        RedisConnection dead;
        synchronized (this) {
            if (mine != attempt || stopped) {
                return;
            }
            if (current) {
                LOG.warnf("%s Authenticated requests get 503 until it is back.", why);
            } else {
                LOG.debugf("%s", why);
            }
            current = false;
            problem = why;
            dead = subscriber;
            subscriber = null;
            attempt++;
        }
        close(dead);
        vertx.setTimer(RETRY_MILLIS, retry -> subscribe());
    }

    /** Publishes this replica's heartbeat and gives up on a subscription that has not carried it back. */
    private void beat() {
        long mine;
        synchronized (this) {
            if (subscriber == null || stopped) {
                return;
            }
            mine = attempt;
        }
        Duration staleAfter = config.redis().staleAfter();
        if (System.currentTimeMillis() - lastHeardMillis > staleAfter.toMillis()) {
            lost(mine, "This replica has not heard its own heartbeat on the shared store for " + staleAfter.toSeconds() + " s.");
            return;
        }
        store.run("PUBLISH", channel, HEARTBEAT + " " + replica)
                .subscribe().with(published -> { }, failure -> LOG.debugf("Heartbeat not published: %s", failure.getMessage()));
    }

    private void dispatch(String message) {
        int space = message.indexOf(' ');
        String type = space < 0 ? message : message.substring(0, space);
        String payload = space < 0 ? "" : message.substring(space + 1);
        if (type.equals(HEARTBEAT)) {
            if (payload.equals(replica)) {
                lastHeardMillis = System.currentTimeMillis();
            }
            return;
        }
        StoreListener listener = listeners.get(type);
        if (listener != null) {
            listener.onMessage(payload);
        }
    }
}
