package dev.securemcp.features;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** prompts/list and prompts/get. */
@QuarkusTest
class PromptsFeatureTest {

    @Test
    void initializeDeclaresPrompts() {
        new McpTestClient(TestTokens.valid()).initialize("2025-11-25").then()
                .body("result.capabilities.prompts", notNullValue());
    }

    @Test
    void listShowsThePromptWithItsArguments() {
        McpTestClient.connected().call("prompts/list", "{}").then()
                .statusCode(200)
                .body("result.prompts.find { it.name == 'greeting' }.description", equalTo("Greets someone in a language"))
                .body("result.prompts.find { it.name == 'greeting' }.arguments[0].name", equalTo("name"))
                .body("result.prompts.find { it.name == 'greeting' }.arguments[0].required", equalTo(true))
                .body("result.prompts.find { it.name == 'greeting' }.arguments[1].required", equalTo(false));
    }

    @Test
    void getSubstitutesTheArguments() {
        McpTestClient.connected().call("prompts/get", "{\"name\":\"greeting\",\"arguments\":{\"name\":\"Ada\",\"language\":\"French\"}}")
                .then().statusCode(200)
                .body("result.messages[0].role", equalTo("user"))
                .body("result.messages[0].content.type", equalTo("text"))
                .body("result.messages[0].content.text", equalTo("Greet Ada in French."));
    }

    @Test
    void getCarriesImageContent() {
        McpTestClient.connected().call("prompts/get", "{\"name\":\"greeting\",\"arguments\":{\"name\":\"Ada\"}}")
                .then()
                .body("result.messages[1].content.type", equalTo("image"))
                .body("result.messages[1].content.mimeType", equalTo("image/png"))
                .body("result.messages[1].content.data", equalTo("bm90IHJlYWxseSBhIHBuZw=="));
    }

    @Test
    void aMissingRequiredArgumentIsInvalidParams() {
        McpTestClient.connected().call("prompts/get", "{\"name\":\"greeting\",\"arguments\":{}}").then()
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("The prompt greeting needs the argument 'name'."));
    }

    @Test
    void aNonStringArgumentIsInvalidParams() {
        McpTestClient.connected().call("prompts/get", "{\"name\":\"greeting\",\"arguments\":{\"name\":42}}").then()
                .body("error.code", equalTo(-32602));
    }

    @Test
    void anUnknownPromptIsInvalidParams() {
        McpTestClient.connected().call("prompts/get", "{\"name\":\"nope\"}").then()
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("Unknown prompt: nope"));
    }
}
