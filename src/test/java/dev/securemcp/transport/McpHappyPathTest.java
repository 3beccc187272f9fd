package dev.securemcp.transport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The seed's flow over Streamable HTTP: initialize, list, call greet. Rerun on the jar by McpHappyPathIT. */
@QuarkusTest
class McpHappyPathTest {

    @Test
    void initializeOpensASessionAndNegotiatesTheLatestRevision() {
        McpTestClient client = new McpTestClient(TestTokens.valid());
        client.initialize("2025-11-25").then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .header("Mcp-Session-Id", matchesPattern("[\\x21-\\x7E]{32,}"))
                .body("id", equalTo(0))
                .body("result.protocolVersion", equalTo("2025-11-25"))
                .body("result.serverInfo.name", equalTo("secure-mcp"))
                .body("result.capabilities.tools", notNullValue());
    }

    @Test
    void initializeEchoesAnOlderSupportedRevision() {
        new McpTestClient(TestTokens.valid()).initialize("2025-03-26").then()
                .body("result.protocolVersion", equalTo("2025-03-26"));
    }

    @Test
    void initializeOffersTheLatestRevisionForAnUnknownOne() {
        new McpTestClient(TestTokens.valid()).initialize("2024-01-01").then()
                .body("result.protocolVersion", equalTo("2025-11-25"));
    }

    @Test
    void initializedNotificationIsAcceptedWithoutBody() {
        McpTestClient client = McpTestClient.connected();
        client.notify("notifications/initialized").then().statusCode(202).body(emptyString());
    }

    @Test
    void toolsListShowsGreetWithItsSchema() {
        McpTestClient.connected().call("tools/list", "{}").then()
                .statusCode(200)
                .body("result.tools.name", hasItem("greet"))
                .body("result.tools.find { it.name == 'greet' }.inputSchema.type", equalTo("object"))
                .body("result.tools.find { it.name == 'greet' }.inputSchema.required", hasItem("name"))
                .body("result.tools.find { it.name == 'greet' }.description", notNullValue());
    }

    @Test
    void greetAnswersWithTheTokensSubject() {
        McpTestClient.connected().callTool("greet", "{\"name\":\"World\"}").then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .body("result.isError", equalTo(false))
                .body("result.content[0].type", equalTo("text"))
                .body("result.content[0].text", equalTo("Hello, World! Your userid is hello@world.com."));
    }

    @Test
    void greetUsesWhateverSubjectTheTokenCarries() {
        McpTestClient client = new McpTestClient(TestTokens.with("sub", "alice@example.org"));
        client.initialize("2025-11-25");
        client.callTool("greet", "{\"name\":\"Alice\"}").then()
                .body("result.content[0].text", equalTo("Hello, Alice! Your userid is alice@example.org."));
    }

    @Test
    void aRequestWithAProgressTokenIsAnsweredAsAnEventStream() throws Exception {
        Response response = McpTestClient.connected().call("tools/call",
                "{\"name\":\"greet\",\"arguments\":{\"name\":\"World\"},\"_meta\":{\"progressToken\":\"p1\"}}");
        response.then().statusCode(200).contentType(containsString("text/event-stream"));
        List<JsonNode> events = SseEvents.parse(response.asString());
        JsonNode last = events.get(events.size() - 1);
        assertEquals("Hello, World! Your userid is hello@world.com.", last.at("/result/content/0/text").asText());
    }

    @Test
    void pingAnswersAnEmptyResult() {
        McpTestClient.connected().call("ping", "{}").then()
                .statusCode(200)
                .body("result.size()", equalTo(0));
    }

    /** Reads the data lines of an SSE body as JSON messages. */
    static final class SseEvents {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        static List<JsonNode> parse(String body) throws Exception {
            List<JsonNode> events = new java.util.ArrayList<>();
            for (String line : body.split("\n")) {
                if (line.startsWith("data: ")) {
                    events.add(MAPPER.readTree(line.substring(6)));
                }
            }
            assertTrue(!events.isEmpty(), "no SSE events in: " + body);
            return events;
        }
    }
}
