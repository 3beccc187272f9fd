package dev.securemcp.keycloak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Issue #15, item 1: tokens that the real Keycloak issues verify through its JWKS and open what they should. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakTokensTest {
    private final KeycloakRealm keycloak = KeycloakRealm.running();

    private static McpTestClient connected(String token) {
        McpTestClient client = new McpTestClient(token);
        client.initialize("2025-11-25").then().statusCode(200);
        return client;
    }

    private static String greeting(String token) {
        return connected(token).callTool("greet", "{\"name\":\"World\"}").then().statusCode(200)
                .extract().jsonPath().getString("result.content[0].text");
    }

    @Test
    void aClientCredentialsTokenGreetsWithKeycloaksSub() {
        String token = keycloak.clientCredentialsToken(keycloak.issuer(), "mcp-machine", "mcp-machine-dev-secret", "");
        String sub = KeycloakRealm.claims(token).get("sub").asText();
        assertEquals("Hello, World! Your userid is " + sub + ".", greeting(token));
    }

    @Test
    void aPrivateKeyJwtClientCredentialsTokenGreets() {
        long now = System.currentTimeMillis() / 1000;
        // RFC 7523 client assertion, signed with the CLI's (here: the TEST-ONLY) private key.
        String assertion = TestTokens.sign(Map.of("iss", "mcp-cli", "sub", "mcp-cli",
                "aud", keycloak.tokenEndpoint(), "jti", UUID.randomUUID().toString(), "iat", now, "exp", now + 60));
        String token = keycloak.token(keycloak.issuer(), Map.of("grant_type", "client_credentials",
                "client_id", "mcp-cli", "client_assertion", assertion,
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        assertEquals("mcp-cli", KeycloakRealm.claims(token).get("azp").asText());
        assertEquals("Hello, World! Your userid is " + KeycloakRealm.claims(token).get("sub").asText() + ".",
                greeting(token));
    }

    @Test
    void theAdminRealmRoleOpensAuditRecent() {
        String token = keycloak.passwordToken(KeycloakRealm.BOB, KeycloakRealm.BOB_PASSWORD, "");
        connected(token).callTool("audit_recent", "{}").then().statusCode(200)
                .body("result.isError", equalTo(false));
    }

    @Test
    void theReadScopeOpensWhoami() {
        String token = keycloak.passwordToken(KeycloakRealm.ALICE, KeycloakRealm.ALICE_PASSWORD, "read");
        connected(token).callTool("whoami", "{}").then().statusCode(200)
                .body("result.structuredContent.sub", equalTo(KeycloakRealm.claims(token).get("sub").asText()))
                .body("result.structuredContent.iss", equalTo(keycloak.issuer()));
    }

    @Test
    void aUserWithoutTheScopeGets403WithTheStepUpChallenge() {
        String token = keycloak.passwordToken(KeycloakRealm.ALICE, KeycloakRealm.ALICE_PASSWORD, "");
        connected(token).callTool("whoami", "{}").then().statusCode(403)
                .header("WWW-Authenticate", containsString("error=\"insufficient_scope\""))
                .header("WWW-Authenticate", containsString("scope=\"read\""));
    }

    @Test
    void aUserWithoutTheAdminRoleGetsNoAdminScopeAndA403() {
        // She asks for admin; the realm's scope mapping ties it to the role, so Keycloak leaves it out.
        String token = keycloak.passwordToken(KeycloakRealm.ALICE, KeycloakRealm.ALICE_PASSWORD, "read admin");
        connected(token).callTool("audit_recent", "{}").then().statusCode(403)
                .header("WWW-Authenticate", containsString("scope=\"admin\""));
    }

    @Test
    void theProtectedResourceMetadataLeadsToTheRealm() {
        given().get("/.well-known/oauth-protected-resource/mcp").then().statusCode(200)
                .body("resource", equalTo(keycloak.resourceUrl()))
                .body("authorization_servers", equalTo(List.of(keycloak.issuer())));
    }
}
