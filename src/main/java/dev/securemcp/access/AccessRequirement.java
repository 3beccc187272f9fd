package dev.securemcp.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a tool, resource or prompt needs. In {@link Mode#ALL} mode: every scope in {@code scopes}
 * and, when {@code roles} is not empty, at least one of those roles. In {@link Mode#ANY} mode: every
 * scope in {@code scopes}, or else at least one of {@code roles} ("scope or role admin"). The one
 * predicate, {@link #permits(Caller)}, both filters lists and gates calls.
 */
public record AccessRequirement(Set<String> scopes, Set<String> roles, Mode mode) {
    public static final AccessRequirement ANY_CALLER = new AccessRequirement(Set.of(), Set.of());

    /** How scopes and roles combine. */
    public enum Mode {
        /** the scopes and (when any are named) one of the roles */
        ALL,
        /** the scopes, or one of the roles */
        ANY
    }

    public AccessRequirement {
        scopes = Set.copyOf(scopes);
        roles = Set.copyOf(roles);
        if (mode == null) {
            throw new IllegalArgumentException("mode");
        }
        if (mode == Mode.ANY && (scopes.isEmpty() || roles.isEmpty())) {
            // "Any of nothing" would let every caller through: name both or use ALL.
            throw new IllegalArgumentException("A scope-or-role requirement needs scopes and roles.");
        }
    }

    public AccessRequirement(Set<String> scopes, Set<String> roles) {
        this(scopes, roles, Mode.ALL);
    }

    public static AccessRequirement scopes(String... scopes) {
        return new AccessRequirement(Set.of(scopes), Set.of());
    }

    /** The scope, or a role of the same name: {@code scopeOrRole("admin")}. */
    public static AccessRequirement scopeOrRole(String name) {
        return new AccessRequirement(Set.of(name), Set.of(name), Mode.ANY);
    }

    /** Fails closed: a null caller is refused. */
    public boolean permits(Caller caller) {
        if (caller == null) {
            return false;
        }
        if (scopes.isEmpty() && roles.isEmpty()) {
            return true;
        }
        boolean hasScopes = caller.scopes().containsAll(scopes);
        boolean hasRole = false;
        for (String role : roles) {
            if (caller.hasRole(role)) {
                hasRole = true;
                break;
            }
        }
        return switch (mode) {
            case ALL -> hasScopes && (roles.isEmpty() || hasRole);
            case ANY -> hasScopes || hasRole;
        };
    }

    /** Words for an error message, e.g. "scope admin or one of the roles admin". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!scopes.isEmpty()) {
            parts.add("scope " + String.join(" ", scopes.stream().sorted().toList()));
        }
        if (!roles.isEmpty()) {
            parts.add("one of the roles " + String.join(", ", roles.stream().sorted().toList()));
        }
        return parts.isEmpty() ? "a valid token" : String.join(mode == Mode.ANY ? " or " : " and ", parts);
    }
}
