package dev.securemcp.store.redis;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.config.McpConfig;
import dev.securemcp.features.ResourceSubscriptions;
import dev.securemcp.protocol.SessionState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Subscriptions any replica can see: the set {@code PREFIX subscribers:URI} of session ids, kept
 * for the sessions' idle timeout after its last subscription. An update on any replica goes to
 * each subscriber's standalone stream wherever it is held; an id whose session has ended meanwhile
 * has no stream, and its message is dropped.
 */
@ApplicationScoped
@Typed(RedisResourceSubscriptions.class)
public class RedisResourceSubscriptions implements ResourceSubscriptions {
    private static final Logger LOG = Logger.getLogger(RedisResourceSubscriptions.class);
    private static final String SUBSCRIBE = """
            redis.call('SADD', KEYS[1], ARGV[1])
            return redis.call('PEXPIRE', KEYS[1], ARGV[2])""";

    private final RedisStore store;
    private final RedisStandaloneStreams streams;
    private final long keepMillis;

    @Inject
    public RedisResourceSubscriptions(RedisStore store, RedisStandaloneStreams streams, McpConfig config) {
        this.store = store;
        this.streams = streams;
        this.keepMillis = config.session().idleTimeout().toMillis();
    }

    @Override
    public Uni<Void> subscribe(SessionState session, String uri) {
        return store.eval(SUBSCRIBE, List.of(subscribers(uri)), session.id(), Long.toString(keepMillis)).replaceWithVoid();
    }

    @Override
    public Uni<Void> unsubscribe(SessionState session, String uri) {
        return store.run("SREM", subscribers(uri), session.id()).replaceWithVoid();
    }

    @Override
    public void publish(String uri) {
        ObjectNode message = ResourceSubscriptions.updated(uri);
        store.run("SMEMBERS", subscribers(uri)).subscribe().with(ids -> {
            for (Response id : ids) {
                streams.broadcast(id.toString(), message);
            }
        }, failed -> LOG.warnf("The subscribers of an updated resource were not reached: %s", failed.getMessage()));
    }

    private String subscribers(String uri) {
        return store.key("subscribers:" + uri);
    }
}
