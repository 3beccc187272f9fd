package dev.securemcp.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.testing.AuditFile;
import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Each decision leaves one event in mcp.audit.file before its answer is sent. */
@QuarkusTest
class AuditLogTest {

    /** The events of one subject, read right after the answer: no waiting, the event must be there. */
    private static List<JsonNode> eventsOf(String subject) {
        return AuditFile.events().stream().filter(event -> subject.equals(event.path("subject").asText())).toList();
    }

    private static String subject() {
        return "audit-" + UUID.randomUUID() + "@example.org";
    }

    private static McpTestClient client(String subject, String scope) {
        Map<String, Object> claims = TestTokens.claimsWithScope(scope);
        claims.put("sub", subject);
        McpTestClient client = new McpTestClient(TestTokens.sign(claims));
        client.initialize("2025-11-25");
        return client;
    }

    @Test
    void aSessionStartIsAuditedWithTheClientInfo() throws IOException {
        String subject = subject();
        client(subject, "read");
        JsonNode start = eventsOf(subject).get(0);
        assertEquals("session_start", start.get("type").asText());
        assertEquals("test", start.get("client_name").asText());
        assertEquals("1", start.get("client_version").asText());
    }

    @Test
    void anAllowedToolCallIsAuditedWithoutItsArguments() throws IOException {
        String subject = subject();
        client(subject, "read").callTool("greet", "{\"name\":\"SecretName42\"}").then().statusCode(200);
        JsonNode call = eventsOf(subject).get(1);
        assertEquals("tool_call", call.get("type").asText());
        assertEquals("greet", call.get("tool").asText());
        assertEquals("allowed", call.get("outcome").asText());
        assertTrue(call.has("duration_ms") && call.has("request_id") && call.has("time"));
        assertFalse(call.toString().contains("SecretName42"));
    }

    @Test
    void aDeniedToolCallIsAudited() throws IOException {
        String subject = subject();
        client(subject, "read").callTool("audit_recent", "{}").then().statusCode(403);
        JsonNode call = eventsOf(subject).get(1);
        assertEquals("audit_recent", call.get("tool").asText());
        assertEquals("denied", call.get("outcome").asText());
    }

    @Test
    void aCallNamingNoRegisteredToolAuditsNoToolCall() throws IOException {
        String subject = subject();
        McpTestClient client = client(subject, "read");
        client.callTool("no_such_tool", "{}").then().statusCode(200).body("error.code", equalTo(-32602));
        client.callTool("greet", "{\"name\":\"x\"}").then().statusCode(200);
        assertEquals(List.of("session_start", "tool_call greet"), eventsOf(subject).stream()
                .map(event -> (event.get("type").asText() + " " + event.path("tool").asText("")).trim()).toList(),
                "a name the client chose that names no tool is never recorded as one");
    }

    @Test
    void aSessionEndIsAudited() throws IOException {
        String subject = subject();
        McpTestClient client = client(subject, "read");
        client.session().delete("/mcp").then().statusCode(204);
        assertEquals("session_end", eventsOf(subject).get(1).get("type").asText());
    }

    @Test
    void noEventHoldsAToken() throws IOException {
        String token = TestTokens.signedByOtherKey();
        String requestId = new McpTestClient(token).initialize("2025-11-25").then().statusCode(401)
                .extract().header("X-Request-Id");
        List<JsonNode> all = AuditFile.events();
        assertFalse(all.toString().contains(token.substring(token.lastIndexOf('.') + 1)));
        assertTrue(all.stream().anyMatch(event -> requestId.equals(event.path("request_id").asText())
                && event.path("outcome").asText().equals("bad_signature")), "the refusal is audited");
    }
}
