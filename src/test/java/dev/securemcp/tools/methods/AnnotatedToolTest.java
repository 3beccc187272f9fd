package dev.securemcp.tools.methods;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import dev.securemcp.tools.ArgumentSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A new annotated tool end to end: listed with its generated schemas, constraints and scope enforced, the caller injected. */
@QuarkusTest
class AnnotatedToolTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode listed(McpTestClient client, String name) throws Exception {
        String cursor = null;
        do {
            Response page = client.call("tools/list", cursor == null ? "{}" : "{\"cursor\":\"" + cursor + "\"}");
            for (JsonNode tool : JSON.readTree(page.asString()).at("/result/tools")) {
                if (tool.path("name").asText().equals(name)) {
                    return tool;
                }
            }
            cursor = page.jsonPath().getString("result.nextCursor");
        } while (cursor != null);
        throw new AssertionError(name + " is not listed");
    }

    @Test
    void theToolIsListedWithItsGeneratedSchemas() throws Exception {
        JsonNode tool = listed(McpTestClient.connected(), "test_nick");
        assertEquals(JSON.readTree("""
                {"type":"object","properties":{"nick":{"type":"string","description":"at most five characters",
                 "maxLength":5}},"required":["nick"]}"""), tool.get("inputSchema"));
        assertEquals("object", tool.at("/outputSchema/type").asText());
        assertEquals("who asked", tool.at("/outputSchema/properties/subject/description").asText());
        assertEquals("write", tool.at("/_meta/dev.securemcp~1scopes/0").asText());
    }

    @Test
    void aSixCharacterNicknameIsAnErrorResultNamingTheArgument() {
        McpTestClient.connected().callTool("test_nick", "{\"nick\":\"sixsix\"}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content[0].text", containsString("'nick'"))
                .body("result.content[0].text", containsString("maxLength"));
    }

    @Test
    void theStructuredResultNamesTheCallerAndMatchesTheOutputSchema() throws Exception {
        McpTestClient client = new McpTestClient(TestTokens.with("sub", "nick@example.org"));
        client.initialize("2025-11-25");
        JsonNode result = JSON.readTree(client.callTool("test_nick", "{\"nick\":\"five5\"}").asString()).get("result");
        assertEquals(false, result.get("isError").asBoolean(), result.toString());
        assertEquals(JSON.readTree("{\"nick\":\"five5\",\"subject\":\"nick@example.org\"}"), result.get("structuredContent"));
        assertEquals(result.get("structuredContent"), JSON.readTree(result.at("/content/0/text").asText()), "the text fallback");
        ObjectNode outputSchema = (ObjectNode) listed(client, "test_nick").get("outputSchema");
        assertEquals(Optional.empty(), ArgumentSchema.compile(outputSchema).firstProblem(result.get("structuredContent")));
    }

    @Test
    void aTokenWithoutTheScopeIsRefusedWithAStepUp() {
        Map<String, Object> claims = TestTokens.claimsWithScope("read");
        McpTestClient client = new McpTestClient(TestTokens.sign(claims));
        client.initialize("2025-11-25");
        client.callTool("test_nick", "{\"nick\":\"a\"}").then()
                .statusCode(403)
                .header("WWW-Authenticate", containsString("scope=\"write\""))
                .body("error.data.requiredScopes", equalTo(List.of("write")));
    }
}
