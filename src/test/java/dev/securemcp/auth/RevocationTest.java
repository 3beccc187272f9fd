package dev.securemcp.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.testing.AuditFile;
import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** revoke_token: the token is refused from the next request on, and the revocation is kept in the file. */
@QuarkusTest
class RevocationTest {

    private static McpTestClient admin() {
        McpTestClient admin = new McpTestClient(TestTokens.sign(TestTokens.claimsWithScope("admin")));
        admin.initialize("2025-11-25");
        return admin;
    }

    private static String revokedToken() {
        Map<String, Object> victim = TestTokens.claimsWithScope("read");
        String token = TestTokens.sign(victim);
        admin().callTool("revoke_token", "{\"jti\":\"" + victim.get("jti") + "\"}").then().statusCode(200)
                .body("result.isError", equalTo(false));
        return token;
    }

    @Test
    void aRevokedTokenIsRefusedOnTheNextRequest() {
        Map<String, Object> victim = TestTokens.claimsWithScope("read");
        McpTestClient client = new McpTestClient(TestTokens.sign(victim));
        client.initialize("2025-11-25").then().statusCode(200);
        admin().callTool("revoke_token", "{\"jti\":\"" + victim.get("jti") + "\"}").then().statusCode(200);
        client.call("tools/list", "{}").then().statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("error_description", equalTo(TokenFailure.REVOKED.description()));
    }

    @Test
    void aTokenWithAnotherJtiStaysValid() {
        revokedToken();
        new McpTestClient(TestTokens.sign(TestTokens.claimsWithScope("read"))).initialize("2025-11-25")
                .then().statusCode(200);
    }

    @Test
    void theRevocationIsWrittenToTheRevocationFile() throws IOException {
        Map<String, Object> victim = TestTokens.claimsWithScope("read");
        admin().callTool("revoke_token", "{\"jti\":\"" + victim.get("jti") + "\"}").then().statusCode(200);
        Path file = Path.of(ConfigProvider.getConfig().getValue("mcp.revocation.file", String.class));
        assertTrue(Files.readAllLines(file).contains((String) victim.get("jti")));
    }

    @Test
    void theRevocationAndTheRefusalAreAudited() {
        Map<String, Object> victim = TestTokens.claimsWithScope("read");
        String token = TestTokens.sign(victim);
        admin().callTool("revoke_token", "{\"jti\":\"" + victim.get("jti") + "\"}").then().statusCode(200);
        String refusal = new McpTestClient(token).initialize("2025-11-25").then().statusCode(401)
                .extract().header("X-Request-Id");
        // This test's own events (the file holds earlier runs' too).
        List<JsonNode> audit = AuditFile.events();
        assertTrue(audit.stream().anyMatch(event -> event.path("type").asText().equals("revocation")
                && event.path("detail").asText().equals(victim.get("jti"))), "the revocation is audited");
        assertTrue(audit.stream().anyMatch(event -> event.path("type").asText().equals("auth_failure")
                && event.path("request_id").asText().equals(refusal)
                && event.path("outcome").asText().equals("revoked")), "the refusal is audited as revoked");
    }

    @Test
    void revokingARevokedTokenSaysSo() {
        Map<String, Object> victim = TestTokens.claimsWithScope("read");
        McpTestClient admin = admin();
        admin.callTool("revoke_token", "{\"jti\":\"" + victim.get("jti") + "\"}");
        admin.callTool("revoke_token", "{\"jti\":\"" + victim.get("jti") + "\"}").then().statusCode(200)
                .body("result.content[0].text", containsString("already revoked"));
    }

    @Test
    void aBlankJtiIsAToolError() {
        admin().callTool("revoke_token", "{\"jti\":\"  \"}").then().statusCode(200)
                .body("result.isError", equalTo(true));
    }
}
