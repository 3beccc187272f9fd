package dev.securemcp.features;

import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.SseReader;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A tool asks the client (elicitation, sampling): the request goes out on the tools/call stream, the
 * client's POSTed answer resumes the tool. The test profile waits 10 s for an answer.
 */
@QuarkusTest
class ClientRequestsTest {
    private static final String CAPABLE = "{\"elicitation\":{},\"sampling\":{}}";

    @TestHTTPResource("/mcp")
    URI mcp;

    private static McpTestClient capableClient() {
        McpTestClient client = new McpTestClient(TestTokens.valid());
        client.initialize("2025-11-25", CAPABLE);
        return client;
    }

    private static String callTool(int id, String name) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + name + "\"}}";
    }

    private static String answer(JsonNode request, String result) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id") + ",\"result\":" + result + "}";
    }

    @Test
    void anElicitationGoesOutOnTheCallsStreamAndItsAnswerResumesTheTool() throws Exception {
        McpTestClient client = capableClient();
        try (SseReader call = SseReader.post(mcp, client, callTool(7, "test_ask_user"))) {
            JsonNode ask = call.next(SseReader.method("elicitation/create"));
            assertEquals("Your name?", ask.at("/params/message").asText());
            client.session().body(answer(ask, "{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}"))
                    .post("/mcp").then().statusCode(202).body(emptyString());
            JsonNode result = call.next(SseReader.resultOf(7));
            assertEquals("Hello, Ada!", result.at("/result/content/0/text").asText());
        }
    }

    @Test
    void aDeclinedElicitationReachesTheTool() throws Exception {
        McpTestClient client = capableClient();
        try (SseReader call = SseReader.post(mcp, client, callTool(8, "test_ask_user"))) {
            JsonNode ask = call.next(SseReader.method("elicitation/create"));
            client.session().body(answer(ask, "{\"action\":\"decline\"}")).post("/mcp").then().statusCode(202);
            assertEquals("No name: decline", call.next(SseReader.resultOf(8)).at("/result/content/0/text").asText());
        }
    }

    @Test
    void aSamplingRequestIsAnsweredByTheClientsModel() throws Exception {
        McpTestClient client = capableClient();
        try (SseReader call = SseReader.post(mcp, client, callTool(9, "test_ask_model"))) {
            JsonNode ask = call.next(SseReader.method("sampling/createMessage"));
            assertEquals(10, ask.at("/params/maxTokens").asInt());
            client.session().body(answer(ask, "{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"4\"},"
                    + "\"model\":\"m\"}")).post("/mcp").then().statusCode(202);
            assertEquals("model said 4", call.next(SseReader.resultOf(9)).at("/result/content/0/text").asText());
        }
    }

    @Test
    void aClientThatNeverAnswersGetsACancellationAndTheToolAnErrorResult() throws Exception {
        McpTestClient client = capableClient();
        try (SseReader call = SseReader.post(mcp, client, callTool(10, "test_ask_user"))) {
            JsonNode ask = call.next(SseReader.method("elicitation/create"));
            JsonNode cancelled = call.next(SseReader.method("notifications/cancelled"));
            assertEquals(ask.get("id"), cancelled.at("/params/requestId"));
            JsonNode result = call.next(SseReader.resultOf(10));
            assertTrue(result.at("/result/isError").asBoolean());
            assertEquals("The client did not answer elicitation/create within 10 seconds.",
                    result.at("/result/content/0/text").asText());
        }
    }

    @Test
    void aLateAnswerIsAcceptedAndIgnored() throws Exception {
        McpTestClient client = capableClient();
        client.session().body("{\"jsonrpc\":\"2.0\",\"id\":\"s-999\",\"result\":{\"action\":\"accept\"}}")
                .post("/mcp").then().statusCode(202);
        client.call("ping", "{}").then().statusCode(200);
    }

    @Test
    void anErrorAnswerBecomesAnErrorResult() throws Exception {
        McpTestClient client = capableClient();
        try (SseReader call = SseReader.post(mcp, client, callTool(11, "test_ask_user"))) {
            JsonNode ask = call.next(SseReader.method("elicitation/create"));
            client.session().body("{\"jsonrpc\":\"2.0\",\"id\":" + ask.get("id")
                    + ",\"error\":{\"code\":-1,\"message\":\"User rejected\"}}").post("/mcp").then().statusCode(202);
            JsonNode result = call.next(SseReader.resultOf(11));
            assertTrue(result.at("/result/isError").asBoolean());
            assertEquals("The client answered elicitation/create with an error: User rejected",
                    result.at("/result/content/0/text").asText());
        }
    }

    @Test
    void aClientWithoutTheCapabilityIsNotAsked() {
        McpTestClient client = McpTestClient.connected();
        client.callTool("test_ask_user", "{}").then().statusCode(200)
                .body("result.isError", org.hamcrest.Matchers.equalTo(true))
                .body("result.content[0].text", org.hamcrest.Matchers.equalTo(
                        "The client does not support elicitation (it did not declare the capability in initialize)."));
    }

    @Test
    void aClientThatAcceptsOnlyJsonCannotBeAsked() {
        McpTestClient client = capableClient();
        client.session().header("Accept", "application/json").body(callTool(12, "test_ask_user")).post("/mcp").then()
                .statusCode(200)
                .body("result.isError", org.hamcrest.Matchers.equalTo(true))
                .body("result.content[0].text", org.hamcrest.Matchers.equalTo(
                        "This request cannot ask the client anything: accept text/event-stream."));
    }

    @Test
    void aToolOnTheEventLoopMayNotWaitForTheClient() {
        capableClient().callTool("test_ask_on_event_loop", "{}").then()
                .body("result.isError", org.hamcrest.Matchers.equalTo(true))
                .body("result.content[0].text", org.hamcrest.Matchers.equalTo(
                        "The tool test_ask_on_event_loop must be declared blocking to ask the client."));
    }
}
