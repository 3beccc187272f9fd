package dev.securemcp.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessRequirementTest {

    private static Caller caller(Set<String> scopes, Set<String> roles) {
        return new Caller("alice", "iss", Set.of("aud"), scopes, roles, Instant.now().plusSeconds(60), null);
    }

    @Test
    void aScopeRequirementNeedsEveryScope() {
        AccessRequirement needs = AccessRequirement.scopes("read", "write");
        assertTrue(needs.permits(caller(Set.of("read", "write"), Set.of())));
        assertFalse(needs.permits(caller(Set.of("read"), Set.of())));
    }

    @Test
    void scopesAndRolesTogetherNeedBoth() {
        AccessRequirement needs = new AccessRequirement(Set.of("read"), Set.of("ops"));
        assertFalse(needs.permits(caller(Set.of("read"), Set.of())));
        assertFalse(needs.permits(caller(Set.of(), Set.of("ops"))));
        assertTrue(needs.permits(caller(Set.of("read"), Set.of("ops"))));
    }

    @Test
    void scopeOrRoleIsMetByTheScope() {
        assertTrue(AccessRequirement.scopeOrRole("admin").permits(caller(Set.of("admin"), Set.of())));
    }

    @Test
    void scopeOrRoleIsMetByTheRole() {
        assertTrue(AccessRequirement.scopeOrRole("admin").permits(caller(Set.of("read"), Set.of("admin"))));
    }

    @Test
    void scopeOrRoleRefusesACallerWithNeither() {
        assertFalse(AccessRequirement.scopeOrRole("admin").permits(caller(Set.of("read", "write"), Set.of("user"))));
    }

    @Test
    void aMissingCallerIsRefusedEvenByAnOpenRequirement() {
        assertFalse(AccessRequirement.ANY_CALLER.permits(null));
        assertFalse(AccessRequirement.scopeOrRole("admin").permits(null));
    }

    @Test
    void anOrRequirementWithoutRolesCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class,
                () -> new AccessRequirement(Set.of("admin"), Set.of(), AccessRequirement.Mode.ANY));
    }

    @Test
    void describeNamesScopeAndRoleWithOr() {
        assertEquals("scope admin or one of the roles admin", AccessRequirement.scopeOrRole("admin").describe());
    }
}
