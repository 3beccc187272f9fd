package dev.securemcp.transport;

/**
 * Counts events per key in fixed time windows (rate limits, failed logins). In memory for one
 * replica; a shared store implements the same interface when several replicas share the limits.
 */
public interface WindowCounter {

    /** Counts one event for {@code key} and returns the count in the current window, this one included. */
    long hit(String key);

    /** The count in the current window, without counting. */
    long count(String key);

    /** Seconds until the current window ends (at least 1): the Retry-After of a 429. */
    long secondsLeft();
}
