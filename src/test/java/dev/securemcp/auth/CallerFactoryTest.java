package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import dev.securemcp.access.Caller;
import dev.securemcp.testing.TestTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/** mcp.auth.roles-claims: which claims give the caller's roles; and where scopes come from. */
class CallerFactoryTest {

    private static Caller caller(List<String> rolesClaims, Map<String, Object> extra) {
        Map<String, Object> claims = TestTokens.claims();
        claims.putAll(extra);
        JwtClaims jwt = new JwtClaims();
        claims.forEach(jwt::setClaim);
        return new CallerFactory(rolesClaims).from(new DefaultJWTCallerPrincipal("raw", "JWT", jwt));
    }

    @Test
    void rolesComeFromTheGroupsClaim() {
        assertEquals(Set.of("admin"), caller(List.of("groups", "roles"), Map.of("groups", List.of("admin"))).roles());
    }

    @Test
    void rolesComeFromTheRolesClaim() {
        assertEquals(Set.of("auditor", "ops"),
                caller(List.of("groups", "roles"), Map.of("roles", List.of("auditor", "ops"))).roles());
    }

    @Test
    void aClaimThatIsNotConfiguredGivesNoRoles() {
        assertEquals(Set.of(), caller(List.of("groups", "roles"), Map.of("role", List.of("admin"))).roles());
    }

    @Test
    void configuringScopeTreatsScopesAsRoles() {
        assertEquals(Set.of("read", "write"), caller(List.of("scope"), Map.of()).roles());
    }

    @Test
    void aSpaceSeparatedRolesClaimIsSplit() {
        assertEquals(Set.of("a", "b"), caller(List.of("roles"), Map.of("roles", "a b")).roles());
    }

    @Test
    void keycloakRealmRolesComeFromANestedPath() {
        assertEquals(Set.of("admin", "offline_access"), caller(List.of("realm_access.roles"),
                Map.of("realm_access", Map.of("roles", List.of("admin", "offline_access")))).roles());
    }

    @Test
    void keycloakClientRolesComeFromAPathThroughTheClientId() {
        assertEquals(Set.of("auditor"), caller(List.of("resource_access.mcp-app.roles"), Map.of("resource_access",
                Map.of("mcp-app", Map.of("roles", List.of("auditor")), "other", Map.of("roles", List.of("x"))))).roles());
    }

    @Test
    void aNamespacedClaimIsNamedInQuotes() {
        assertEquals(Set.of("admin"), caller(List.of("\"https://example.com/roles\""),
                Map.of("https://example.com/roles", List.of("admin"))).roles());
    }

    @Test
    void aPathThroughSomethingThatIsNotAnObjectGivesNoRoles() {
        assertEquals(Set.of(), caller(List.of("realm_access.roles"), Map.of("realm_access", "admin")).roles());
    }

    @Test
    void scopesAlsoComeFromAnScpString() {
        assertEquals(Set.of("read", "write", "files.read"),
                caller(List.of(), Map.of("scope", "", "scopes", List.of(), "scp", "read files.read write")).scopes());
    }

    @Test
    void scopesAlsoComeFromAnScpArray() {
        assertEquals(Set.of("read", "admin"),
                caller(List.of(), Map.of("scope", "", "scopes", List.of(), "scp", List.of("read", "admin"))).scopes());
    }
}
