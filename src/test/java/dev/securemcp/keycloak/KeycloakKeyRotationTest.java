package dev.securemcp.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.testing.McpTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue #15, item 3: a key rotation through Keycloak's admin REST API. A new key provider of higher
 * priority signs new tokens, which verify without a restart; once the old providers are removed,
 * their tokens are refused within mcp.auth.jwks-cache (Keycloak sends Cache-Control: no-cache).
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakKeyRotationTest {
    private static final String KEY_PROVIDER = "org.keycloak.keys.KeyProvider";
    private final KeycloakRealm keycloak = KeycloakRealm.running();

    private String machineToken() {
        return keycloak.clientCredentialsToken(keycloak.issuer(), "mcp-machine", "mcp-machine-dev-secret", "");
    }

    private static String kid(String token) {
        return KeycloakRealm.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]))).get("kid").asText();
    }

    /** The ids of the realm's RS256 signing-key providers. */
    private List<String> rsaSigningProviders() {
        JsonNode providers = KeycloakRealm.json(keycloak.admin("GET",
                "/" + KeycloakRealm.REALM + "/components?type=" + KEY_PROVIDER, null));
        List<String> ids = new ArrayList<>();
        for (JsonNode provider : providers) {
            if (provider.path("providerId").asText().equals("rsa-generated")) {
                ids.add(provider.get("id").asText());
            }
        }
        return ids;
    }

    @Test
    void aNewKeyVerifiesAtOnceAndARemovedKeyIsRefusedWithinTheJwksCacheTime() throws InterruptedException {
        List<String> oldProviders = rsaSigningProviders();
        String oldToken = machineToken();
        McpTestClient.initializeWith(oldToken).then().statusCode(200);

        keycloak.admin("POST", "/" + KeycloakRealm.REALM + "/components", Map.of(
                "name", "rotated-" + System.nanoTime(), "providerId", "rsa-generated", "providerType", KEY_PROVIDER,
                "parentId", KeycloakRealm.json(keycloak.admin("GET", "/" + KeycloakRealm.REALM, null)).get("id").asText(),
                "config", Map.of("priority", List.of(String.valueOf(System.currentTimeMillis() / 1000)),
                        "enabled", List.of("true"), "active", List.of("true"),
                        "keySize", List.of("2048"), "algorithm", List.of("RS256"))));
        String newToken = machineToken();
        assertNotEquals(kid(oldToken), kid(newToken), "Keycloak signs with the new key");
        // An unknown kid makes the server fetch the JWKS again: no restart, no waiting for the cache.
        McpTestClient.initializeWith(newToken).then().statusCode(200);
        McpTestClient.initializeWith(oldToken).then().statusCode(200);

        for (String id : oldProviders) {
            keycloak.admin("DELETE", "/" + KeycloakRealm.REALM + "/components/" + id, null);
        }
        long removed = System.currentTimeMillis();
        int status = 200;
        while (status == 200 && System.currentTimeMillis() - removed < KeycloakProfile.JWKS_CACHE_MS + 5000) {
            Thread.sleep(250);
            status = McpTestClient.initializeWith(oldToken).then().extract().statusCode();
        }
        long refusedAfter = System.currentTimeMillis() - removed;
        assertEquals(401, status, "the removed key's token is refused");
        // Within the cache time, plus the refetch's own round trip on a loaded machine.
        assertTrue(refusedAfter <= KeycloakProfile.JWKS_CACHE_MS + 2000, "refused after " + refusedAfter + " ms");
        McpTestClient.initializeWith(newToken).then().statusCode(200);
    }
}
