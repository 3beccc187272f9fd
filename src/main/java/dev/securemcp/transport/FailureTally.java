package dev.securemcp.transport;

/**
 * Failed authentications per client address, for {@code mcp.auth.max-failures-per-address}. The
 * question "is this address refused?" is answered locally, before any token is looked at; a
 * failure is counted after its 401 has gone out.
 */
public interface FailureTally {

    /** Whether requests from {@code address} are refused now. Never waits for a store. */
    boolean refused(String address);

    /** Counts one failed authentication from {@code address}. Never waits for a store. */
    void failed(String address);

    /** Seconds until {@code address} may try again (at least 1): the Retry-After of a 429. */
    long secondsLeft(String address);
}
