package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.JwtContext;
import org.junit.jupiter.api.Test;

/** The claim shapes on their own, for configured role paths that an HTTP test would need a profile for. */
class ClaimShapesTest {
    private static ErrorCodeValidator.Error check(String claimsJson, List<String> rolesClaims) throws Exception {
        JwtClaims claims = JwtClaims.parse(claimsJson);
        return new ClaimShapes(rolesClaims).validate(new JwtContext("", claims, List.of()));
    }

    @Test
    void aNestedRolesClaimOfTheRightShapePasses() throws Exception {
        assertNull(check("{\"sub\":\"a\",\"realm_access\":{\"roles\":[\"admin\"]}}", List.of("realm_access.roles")));
    }

    @Test
    void aNestedRolesClaimThatIsAnObjectIsNamed() throws Exception {
        ErrorCodeValidator.Error error = check("{\"sub\":\"a\",\"realm_access\":{\"roles\":{\"admin\":true}}}",
                List.of("realm_access.roles"));
        assertEquals(ClaimShapes.MALFORMED_CLAIM, error.getErrorCode());
        assertEquals("The token's 'realm_access.roles' claim is malformed: it must be a string or an array of strings.",
                error.getErrorMessage());
    }

    @Test
    void aPathThatDoesNotResolveNamesNoRoles() throws Exception {
        assertNull(check("{\"sub\":\"a\",\"realm_access\":\"not an object\"}", List.of("realm_access.roles")));
    }

    @Test
    void aNamespacedClaimIsNamedWithoutItsQuotes() throws Exception {
        ErrorCodeValidator.Error error = check("{\"sub\":\"a\",\"https://example.com/roles\":7}",
                List.of("\"https://example.com/roles\""));
        assertEquals("The token's 'https://example.com/roles' claim is malformed: it must be a string or an array of strings.",
                error.getErrorMessage());
    }
}
