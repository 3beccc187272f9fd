package dev.securemcp.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The tools table of SPEC.md: what each token sees and may call. Rerun on the jar by ToolAccessIT. */
@QuarkusTest
class ToolAccessTest {
    @TestHTTPResource("/.well-known/oauth-protected-resource/mcp")
    URL metadata;

    private static McpTestClient client(String scope) {
        McpTestClient client = new McpTestClient(TestTokens.sign(TestTokens.claimsWithScope(scope)));
        client.initialize("2025-11-25");
        return client;
    }

    private static McpTestClient clientWithRoles(String scope, List<String> groups) {
        Map<String, Object> claims = TestTokens.claimsWithScope(scope);
        claims.put("groups", groups);
        McpTestClient client = new McpTestClient(TestTokens.sign(claims));
        client.initialize("2025-11-25");
        return client;
    }

    @Test
    void aReadTokenListsGreetAndWhoami() {
        client("read").call("tools/list", "{}").then().statusCode(200)
                .body("result.tools.name", hasItems("greet", "whoami"));
    }

    @Test
    void aReadTokenDoesNotListTheAdminTools() {
        client("read").call("tools/list", "{}").then().statusCode(200)
                .body("result.tools.name", not(hasItem("audit_recent")))
                .body("result.tools.name", not(hasItem("revoke_token")));
    }

    @Test
    void aTokenWithoutReadDoesNotListWhoami() {
        client("write").call("tools/list", "{}").then().statusCode(200)
                .body("result.tools.name", hasItem("greet"))
                .body("result.tools.name", not(hasItem("whoami")));
    }

    @Test
    void callingAuditRecentWithoutAdminIs403WithTheStepUpChallenge() {
        client("read").callTool("audit_recent", "{}").then().statusCode(403)
                .header("WWW-Authenticate", containsString("Bearer error=\"insufficient_scope\""))
                .header("WWW-Authenticate", containsString("scope=\"admin\""))
                .header("WWW-Authenticate", containsString(
                        "resource_metadata=\"" + metadata + "\""));
    }

    @Test
    void theRefusalBodyIsAJsonRpcErrorNamingTheScope() {
        client("read").callTool("revoke_token", "{\"jti\":\"x\"}").then().statusCode(403)
                .body("jsonrpc", equalTo("2.0"))
                .body("error.code", equalTo(-32003))
                .body("error.message", containsString("scope admin"))
                .body("error.data.requiredScopes", hasItem("admin"));
    }

    @Test
    void theAdminScopeListsTheAdminTools() {
        client("read admin").call("tools/list", "{}").then().statusCode(200)
                .body("result.tools.name", hasItems("audit_recent", "revoke_token", "whoami", "greet"));
    }

    @Test
    void theAdminRoleFromTheGroupsClaimMayCallAuditRecent() {
        clientWithRoles("read", List.of("admin")).callTool("audit_recent", "{\"limit\":5}").then().statusCode(200)
                .body("result.isError", equalTo(false));
    }

    @Test
    void auditRecentReturnsTheNewestEventsUpToTheLimit() {
        McpTestClient admin = client("admin");
        client("read").callTool("audit_recent", "{}"); // a denial, the newest event
        admin.callTool("audit_recent", "{\"limit\":1}").then().statusCode(200)
                .body("result.structuredContent.events.size()", equalTo(1))
                .body("result.structuredContent.events[0].type", equalTo("tool_call"))
                .body("result.structuredContent.events[0].outcome", equalTo("denied"));
    }

    @Test
    void auditRecentRefusesALimitOutOfRange() {
        client("admin").callTool("audit_recent", "{\"limit\":0}").then().statusCode(200)
                .body("result.isError", equalTo(true));
    }

    @Test
    void whoamiDeclaresItsOutputSchema() {
        client("read").call("tools/list", "{}").then().statusCode(200)
                .body("result.tools.find { it.name == 'whoami' }.outputSchema.required",
                        hasItems("sub", "iss", "aud", "scopes", "roles", "exp"));
    }

    @Test
    void whoamiReturnsTheTokensIdentity() {
        Map<String, Object> claims = TestTokens.claimsWithScope("read");
        claims.put("roles", List.of("auditor"));
        McpTestClient client = new McpTestClient(TestTokens.sign(claims));
        client.initialize("2025-11-25");
        client.callTool("whoami", "{}").then().statusCode(200)
                .body("result.structuredContent.sub", equalTo(TestTokens.SUBJECT))
                .body("result.structuredContent.iss", equalTo(TestTokens.ISSUER))
                .body("result.structuredContent.aud", equalTo(List.of(TestTokens.AUDIENCE)))
                .body("result.structuredContent.scopes", equalTo(List.of("read")))
                .body("result.structuredContent.roles", equalTo(List.of("auditor")))
                .body("result.structuredContent.exp", equalTo(((Number) claims.get("exp")).intValue()));
    }

    @Test
    void greetStaysOpenToATokenWithoutScopes() {
        client("").callTool("greet", "{\"name\":\"Ann\"}").then().statusCode(200)
                .body("result.content[0].text", containsString("Hello, Ann!"));
    }

    @Test
    void aDeniedCallInsideABatchIsAnErrorNamingTheScope() {
        McpTestClient client = new McpTestClient(TestTokens.sign(TestTokens.claimsWithScope("read")));
        client.initialize("2025-03-26");
        client.session().body("""
                [{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"audit_recent","arguments":{}}}]""")
                .post("/mcp").then().statusCode(200)
                .body("[0].error.code", equalTo(-32003))
                .body("[0].error.data.requiredScopes", hasItem("admin"));
    }
}
