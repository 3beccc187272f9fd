package dev.securemcp.access;

import java.util.Set;

/**
 * What a tool, resource or prompt needs: every scope in {@code scopes}, and, when {@code roles} is
 * not empty, at least one of those roles. The one predicate, {@link #permits(Caller)}, both filters
 * lists and gates calls.
 */
public record AccessRequirement(Set<String> scopes, Set<String> roles) {
    public static final AccessRequirement ANY_CALLER = new AccessRequirement(Set.of(), Set.of());

    public AccessRequirement {
        scopes = Set.copyOf(scopes);
        roles = Set.copyOf(roles);
    }

    public static AccessRequirement scopes(String... scopes) {
        return new AccessRequirement(Set.of(scopes), Set.of());
    }

    /** Fails closed: a null caller is refused. */
    public boolean permits(Caller caller) {
        if (caller == null || !caller.scopes().containsAll(scopes)) {
            return false;
        }
        return roles.isEmpty() || roles.stream().anyMatch(caller::hasRole);
    }
}
