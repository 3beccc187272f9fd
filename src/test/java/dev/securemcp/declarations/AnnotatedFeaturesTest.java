package dev.securemcp.declarations;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.StatelessTestClient;
import io.quarkus.test.junit.QuarkusTest;

/** Annotated resources, resource templates, prompts and completions: listed, read, got and completed, access enforced. */
@QuarkusTest
class AnnotatedFeaturesTest {

    @Test
    void aResourceMethodIsListedAndReadWithTheCaller() {
        McpTestClient client = McpTestClient.connected();
        client.call("resources/list", "{}").then().body("result.resources.uri", hasItem("annotated://motd"));
        client.call("resources/read", "{\"uri\":\"annotated://motd\"}").then()
                .body("result.contents[0].text", equalTo("Good day, hello@world.com."))
                .body("result.contents[0].mimeType", equalTo("text/plain"));
    }

    @Test
    void aResourceNeedingAScopeIsHiddenAndRefused() {
        McpTestClient client = McpTestClient.connected();
        client.call("resources/list", "{}").then().body("result.resources.uri", not(hasItem("annotated://admin-only")));
        client.call("resources/read", "{\"uri\":\"annotated://admin-only\"}").then().statusCode(403);
    }

    @Test
    void aTemplateMethodGetsItsVariables() {
        McpTestClient.connected().call("resources/read", "{\"uri\":\"annotated://notes/42\"}").then()
                .body("result.contents[0].text", equalTo("Note 42"))
                .body("result.contents[0].uri", equalTo("annotated://notes/42"));
    }

    @Test
    void aPromptMethodTakesItsArguments() {
        McpTestClient client = McpTestClient.connected();
        client.call("prompts/list", "{}").then().body("result.prompts.find { it.name == 'annotated_review' }.arguments.name",
                equalTo(java.util.List.of("code", "focus")));
        client.call("prompts/get", "{\"name\":\"annotated_review\",\"arguments\":{\"code\":\"x++\",\"focus\":\"overflow\"}}")
                .then().body("result.messages[0].content.text", equalTo("Review this code for overflow: x++"));
        client.call("prompts/get", "{\"name\":\"annotated_review\",\"arguments\":{}}").then()
                .body("error.code", equalTo(-32602));
    }

    @Test
    void aTemplateVariableIsCompletedByItsCompletionMethod() {
        McpTestClient.connected().call("completion/complete", "{\"ref\":{\"type\":\"ref/resource\","
                + "\"uri\":\"annotated://notes/{id}\"},\"argument\":{\"name\":\"id\",\"value\":\"4\"}}").then()
                .body("result.completion.values", equalTo(List.of("41", "42")));
    }

    @Test
    void aPromptArgumentIsCompletedWithTheArgumentsAlreadyChosen() {
        McpTestClient client = McpTestClient.connected();
        String ref = "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"annotated_review\"},";
        client.call("completion/complete", ref + "\"argument\":{\"name\":\"focus\",\"value\":\"o\"},"
                + "\"context\":{\"arguments\":{\"code\":\"x++\"}}}").then()
                .body("result.completion.values", equalTo(List.of("overflow", "ordering")));
        client.call("completion/complete", ref + "\"argument\":{\"name\":\"focus\",\"value\":\"n\"}}").then()
                .body("result.completion.values", equalTo(List.of("naming", "nulls")));
        client.call("completion/complete", ref + "\"argument\":{\"name\":\"code\",\"value\":\"\"}}").then()
                .body("result.completion.values", equalTo(List.of()));
    }

    @Test
    void aPromptTakingTheClientAskerAsksAStatelessClientAndGetsItsAnswer() {
        StatelessTestClient client = StatelessTestClient.valid();
        String state = client.call("prompts/get", "annotated_asking", "\"name\":\"annotated_asking\"").then()
                .body("result.resultType", equalTo("input_required"))
                .body("result.inputRequests.focus.method", equalTo("elicitation/create"))
                .extract().path("result.requestState");
        client.call("prompts/get", "annotated_asking", "\"name\":\"annotated_asking\",\"inputResponses\":{\"focus\":"
                + "{\"action\":\"accept\",\"content\":{\"focus\":\"speed\"}}},\"requestState\":\"" + state + "\"").then()
                .body("result.messages[0].content.text", equalTo("Review for speed"));
    }

    @Test
    void aPromptThatAsksInASessionFailsWithASentence() {
        McpTestClient.connected().call("prompts/get", "{\"name\":\"annotated_asking\"}").then()
                .body("error.code", equalTo(-32603))
                .body("error.message", equalTo("The prompt annotated_asking could not ask the client: in a session a "
                        + "prompt cannot wait for an answer; it can ask in a stateless (2026-07-28) request."));
    }
}
