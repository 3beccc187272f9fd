package dev.securemcp.declarations;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import io.quarkus.test.junit.QuarkusTest;

/** Annotated resources, resource templates and prompts: listed, read and got, access enforced. */
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
}
