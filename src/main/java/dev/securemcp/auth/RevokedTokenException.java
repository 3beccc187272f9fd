package dev.securemcp.auth;

/** Raised when a validated token's {@code jti} has been revoked. */
public class RevokedTokenException extends TokenRefusedException {
    public RevokedTokenException() {
        super(TokenFailure.REVOKED);
    }
}
