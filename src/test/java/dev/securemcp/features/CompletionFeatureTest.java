package dev.securemcp.features;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** completion/complete for prompt arguments and resource template variables. */
@QuarkusTest
class CompletionFeatureTest {

    @Test
    void initializeDeclaresCompletions() {
        new McpTestClient(TestTokens.valid()).initialize("2025-11-25").then()
                .body("result.capabilities.completions", notNullValue());
    }

    @Test
    void aPromptArgumentIsCompletedFromItsPrefix() {
        McpTestClient.connected().call("completion/complete",
                "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"greeting\"},\"argument\":{\"name\":\"language\",\"value\":\"E\"}}")
                .then().statusCode(200)
                .body("result.completion.values", contains("English", "Esperanto"))
                .body("result.completion.total", equalTo(2))
                .body("result.completion.hasMore", equalTo(false));
    }

    @Test
    void anArgumentWithoutSuggestionsGetsAnEmptyList() {
        McpTestClient.connected().call("completion/complete",
                "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"greeting\"},\"argument\":{\"name\":\"name\",\"value\":\"x\"}}")
                .then().body("result.completion.values", empty());
    }

    @Test
    void aTemplateVariableIsCompletedFromItsPrefix() {
        McpTestClient.connected().call("completion/complete",
                "{\"ref\":{\"type\":\"ref/resource\",\"uri\":\"memo://users/{name}/profile\"},"
                        + "\"argument\":{\"name\":\"name\",\"value\":\"al\"}}")
                .then().body("result.completion.values", contains("alice", "albert"));
    }

    @Test
    void anUnknownPromptRefIsInvalidParams() {
        McpTestClient.connected().call("completion/complete",
                "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"nope\"},\"argument\":{\"name\":\"a\",\"value\":\"\"}}")
                .then().body("error.code", equalTo(-32602));
    }

    @Test
    void anUnknownRefTypeIsInvalidParams() {
        McpTestClient.connected().call("completion/complete",
                "{\"ref\":{\"type\":\"ref/tool\",\"name\":\"greet\"},\"argument\":{\"name\":\"a\",\"value\":\"\"}}")
                .then().body("error.code", equalTo(-32602));
    }
}
