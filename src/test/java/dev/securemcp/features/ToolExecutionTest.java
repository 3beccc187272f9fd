package dev.securemcp.features;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.SmallLimitsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** How tools run: progress and logs on an SSE answer, timeouts, failures, paging. */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
class ToolExecutionTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<JsonNode> events(Response response) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : response.asString().split("\n")) {
            if (line.startsWith("data: ")) {
                events.add(MAPPER.readTree(line.substring(6)));
            }
        }
        return events;
    }

    @Test
    void progressAndLogMessagesStreamBeforeTheResult() throws Exception {
        Response response = McpTestClient.connected().call("tools/call",
                "{\"name\":\"test_progress\",\"arguments\":{},\"_meta\":{\"progressToken\":7}}");
        response.then().statusCode(200).contentType(containsString("text/event-stream"));
        List<JsonNode> events = events(response);
        assertEquals(5, events.size(), response.asString());
        for (int step = 0; step < 3; step++) {
            assertEquals("notifications/progress", events.get(step).path("method").asText());
            assertEquals(7, events.get(step).at("/params/progressToken").asInt());
            assertEquals(step + 1, events.get(step).at("/params/progress").asInt());
        }
        assertEquals("notifications/message", events.get(3).path("method").asText());
        assertEquals("done", events.get(4).at("/result/content/0/text").asText());
    }

    @Test
    void aToolThatLogsTurnsAPlainAnswerIntoAStream() throws Exception {
        Response response = McpTestClient.connected().callTool("test_progress", "{}");
        response.then().contentType(containsString("text/event-stream"));
        List<JsonNode> events = events(response);
        assertEquals("notifications/message", events.get(0).path("method").asText(), "no progress without a token");
        assertEquals("done", events.get(events.size() - 1).at("/result/content/0/text").asText());
    }

    @Test
    void aLogLevelAboveTheMessageSilencesIt() {
        McpTestClient client = McpTestClient.connected();
        client.call("logging/setLevel", "{\"level\":\"error\"}").then().body("result.size()", equalTo(0));
        client.callTool("test_progress", "{}").then()
                .contentType(containsString("application/json"))
                .body("result.content[0].text", equalTo("done"));
    }

    @Test
    void anUnknownLogLevelIs32602() {
        McpTestClient.connected().call("logging/setLevel", "{\"level\":\"loud\"}").then()
                .body("error.code", equalTo(-32602));
    }

    @Test
    void aToolPastItsTimeoutEndsWithAnErrorResult() {
        McpTestClient client = McpTestClient.connected();
        client.callTool("test_slow", "{}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content[0].text", containsString("did not finish within 3 seconds"));
        client.callTool("greet", "{\"name\":\"after\"}").then().body("result.isError", equalTo(false));
    }

    @Test
    void anUnexpectedToolFailureIsAnErrorResultWithoutInternals() {
        McpTestClient.connected().callTool("test_failing", "{}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content[0].text", equalTo("The tool test_failing failed unexpectedly."))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret internal detail")));
    }

    @Test
    void aToolNeedingAMissingScopeIsHiddenFromTheList() {
        McpTestClient client = McpTestClient.connected();
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Response page = client.call("tools/list", cursor == null ? "{}" : "{\"cursor\":\"" + cursor + "\"}");
            names.addAll(page.jsonPath().getList("result.tools.name"));
            cursor = page.jsonPath().getString("result.nextCursor");
        } while (cursor != null);
        assertTrue(names.contains("greet"));
        assertTrue(!names.contains("test_admin"), names.toString());
    }

    @Test
    void callingAToolNeedingAMissingScopeIs403WithAStepUpChallenge() {
        McpTestClient.connected().callTool("test_admin", "{}").then()
                .statusCode(403)
                .header("WWW-Authenticate", containsString("error=\"insufficient_scope\""))
                .header("WWW-Authenticate", containsString("scope=\"admin\""))
                .header("WWW-Authenticate", containsString("resource_metadata=\""))
                .body("error.message", containsString("admin"))
                .body("error.data.requiredScopes[0]", equalTo("admin"));
    }

    @Test
    void toolsListPagesFollowTheCursorWithoutRepeats() {
        McpTestClient client = McpTestClient.connected();
        Response first = client.call("tools/list", "{}");
        List<String> page1 = first.jsonPath().getList("result.tools.name");
        String cursor = first.jsonPath().getString("result.nextCursor");
        assertEquals(2, page1.size());
        Response second = client.call("tools/list", "{\"cursor\":\"" + cursor + "\"}");
        List<String> page2 = second.jsonPath().getList("result.tools.name");
        assertTrue(!page2.isEmpty());
        assertTrue(page2.stream().noneMatch(page1::contains), page1 + " then " + page2);
    }
}
