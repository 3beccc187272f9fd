package dev.securemcp.store.redis;

import io.smallrye.mutiny.Uni;

/**
 * A part of the Redis store that hears the deployment's one channel ({@link RedisEvents}): each
 * message is {@code TYPE PAYLOAD}, and a listener takes the messages of its own type.
 */
public interface StoreListener {

    /** The message type this listener takes, one word. */
    String type();

    void onMessage(String payload);

    /**
     * Brings the local copy up to date after every (re)subscribe, since pub/sub does not replay
     * what was published while this replica was not listening.
     */
    Uni<Void> reload();
}
