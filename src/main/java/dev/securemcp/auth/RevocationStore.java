package dev.securemcp.auth;

/**
 * Revoked token ids. A file for one replica; a shared store implements the same interface when
 * several replicas must all see a revocation.
 */
public interface RevocationStore {

    boolean isRevoked(String jti);

    /**
     * Revokes a token id, durably, before returning.
     *
     * @return false when it was already revoked
     */
    boolean revoke(String jti);
}
