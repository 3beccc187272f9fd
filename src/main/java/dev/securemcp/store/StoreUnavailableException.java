package dev.securemcp.store;

/** The shared store did not answer in time, or cannot be trusted right now: the caller answers 503. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
