package dev.securemcp.auth;

import io.quarkus.security.identity.SecurityIdentity;

import dev.securemcp.access.Caller;

/** The request's {@link Caller}, built once from the verified token and carried by its {@link SecurityIdentity}. */
public final class CallerIdentity {
    static final String ATTRIBUTE = "dev.securemcp.caller";

    private CallerIdentity() {
    }

    /** The caller of an identity that {@link CachingTokenIdentityProvider} established. */
    public static Caller of(SecurityIdentity identity) {
        Caller caller = identity.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw new IllegalStateException("The request's identity carries no caller");
        }
        return caller;
    }
}
