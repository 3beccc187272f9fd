package dev.securemcp.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the validated token's identity, as tools and access rules see it.
 *
 * @param subject the token's {@code sub}: the user id
 * @param issuer {@code iss}
 * @param audiences {@code aud}
 * @param scopes from the OAuth {@code scope} claim and the seed's {@code scopes} array
 * @param roles from the configured roles claims
 * @param expiresAt {@code exp}
 * @param tokenId {@code jti}, or null
 */
public record Caller(String subject, String issuer, Set<String> audiences, Set<String> scopes,
        Set<String> roles, Instant expiresAt, String tokenId) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        audiences = Set.copyOf(audiences);
        scopes = Set.copyOf(scopes);
        roles = Set.copyOf(roles);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
