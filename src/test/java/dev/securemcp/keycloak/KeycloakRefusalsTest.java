package dev.securemcp.keycloak;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Issue #15, item 2: Keycloak tokens for another audience, past their lifespan, or from another realm get 401. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakRefusalsTest {
    private final KeycloakRealm keycloak = KeycloakRealm.running();

    /** A confidential client made for one test through the admin API, and its secret. */
    private String newClient(String realm, Map<String, Object> extra) {
        String clientId = "test-" + UUID.randomUUID();
        Map<String, Object> client = new HashMap<>(Map.of("clientId", clientId, "secret", "test-secret",
                "publicClient", false, "serviceAccountsEnabled", true, "standardFlowEnabled", false));
        client.putAll(extra);
        keycloak.admin("POST", "/" + realm + "/clients", client);
        return clientId;
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        String clientId = newClient(KeycloakRealm.REALM, Map.of("defaultClientScopes", List.of("basic"),
                "protocolMappers", List.of(Map.of("name", "aud", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                "included.custom.audience", "https://another-server.example/mcp",
                                "access.token.claim", "true")))));
        String token = keycloak.clientCredentialsToken(keycloak.issuer(), clientId, "test-secret", "");
        assertEquals("https://another-server.example/mcp", KeycloakRealm.claims(token).get("aud").asText());
        McpTestClient.initializeWith(token).then().statusCode(401)
                .header("WWW-Authenticate", containsString("(audience)"));
    }

    @Test
    void aTokenPastItsLifespanIs401() throws InterruptedException {
        String clientId = newClient(KeycloakRealm.REALM, Map.of("attributes", Map.of("access.token.lifespan", "2")));
        String token = keycloak.clientCredentialsToken(keycloak.issuer(), clientId, "test-secret", "");
        McpTestClient.initializeWith(token).then().statusCode(200);
        // Two seconds of life, one of clock skew (KeycloakProfile), and a second's margin.
        Thread.sleep(4000);
        McpTestClient.initializeWith(token).then().statusCode(401)
                .header("WWW-Authenticate", containsString("expired"));
    }

    @Test
    void aTokenFromAnotherRealmIs401() {
        String realm = "other-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.admin("POST", "", Map.of("realm", realm, "enabled", true));
        try {
            String clientId = newClient(realm, Map.of("protocolMappers", List.of(Map.of("name", "aud",
                    "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                            "included.custom.audience", keycloak.resourceUrl(), "access.token.claim", "true")))));
            String token = keycloak.clientCredentialsToken(keycloak.url() + "/realms/" + realm, clientId,
                    "test-secret", "");
            // The same audience: only the issuer (and its keys) tell it apart.
            assertTrue(KeycloakRealm.claims(token).get("aud").toString().contains('"' + keycloak.resourceUrl() + '"'));
            McpTestClient.initializeWith(token).then().statusCode(401);
        } finally {
            keycloak.admin("DELETE", "/" + realm, null);
        }
    }
}
