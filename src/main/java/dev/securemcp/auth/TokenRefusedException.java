package dev.securemcp.auth;

/** A token that verified but that this server refuses anyway, for the reason {@link #kind()}. */
public class TokenRefusedException extends RuntimeException {
    private final TokenFailure kind;

    public TokenRefusedException(TokenFailure kind) {
        super(kind.name().toLowerCase(java.util.Locale.ROOT), null, false, false);
        this.kind = kind;
    }

    public TokenFailure kind() {
        return kind;
    }
}
