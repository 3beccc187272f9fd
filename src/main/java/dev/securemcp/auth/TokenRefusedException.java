package dev.securemcp.auth;

/** A token that this server refuses, for the reason {@link #refusal()}: thrown without a stack trace. */
public class TokenRefusedException extends RuntimeException {
    private final Refusal refusal;

    public TokenRefusedException(TokenFailure kind) {
        this(kind.refusal());
    }

    public TokenRefusedException(Refusal refusal) {
        super(refusal.kind().name().toLowerCase(java.util.Locale.ROOT), null, false, false);
        this.refusal = refusal;
    }

    public TokenFailure kind() {
        return refusal.kind();
    }

    public Refusal refusal() {
        return refusal;
    }
}
