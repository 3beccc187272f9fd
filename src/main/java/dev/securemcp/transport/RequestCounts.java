package dev.securemcp.transport;

import io.smallrye.mutiny.Uni;

/**
 * Requests per key in fixed windows: the per-subject rate limit's store. In this process's memory
 * for one replica ({@link MemoryRequestCounts}), in Redis when several replicas share the limit.
 */
public interface RequestCounts {

    /** The count and time left of a key's current window, this request included. */
    record WindowCount(long count, long secondsLeft) {
    }

    /** Counts one request for {@code key}; fails with a StoreUnavailableException when the store does not answer. */
    Uni<WindowCount> hit(String key);
}
