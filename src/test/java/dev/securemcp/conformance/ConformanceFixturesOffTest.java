package dev.securemcp.conformance;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import io.quarkus.test.junit.QuarkusTest;

/** With mcp.conformance.enabled=false (the default), none of the suite's fixtures exist. */
@QuarkusTest
class ConformanceFixturesOffTest {

    @Test
    void noConformanceTool() {
        McpTestClient.connected().call("tools/list", "{}").then().body("result.tools.name", not(hasItem("test_simple_text")));
    }

    @Test
    void noConformanceResource() {
        McpTestClient.connected().call("resources/list", "{}").then()
                .body("result.resources.uri", not(hasItem("test://static-text")));
    }

    @Test
    void noConformancePrompt() {
        McpTestClient.connected().call("prompts/list", "{}").then()
                .body("result.prompts.name", not(hasItem("test_simple_prompt")));
    }
}
