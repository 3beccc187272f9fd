package dev.securemcp.auth;

/** Raised when a validated token's {@code jti} has been revoked. */
public class RevokedTokenException extends RuntimeException {
    public RevokedTokenException() {
        super("revoked", null, false, false);
    }
}
