package dev.securemcp.features;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.SseReader;
import dev.securemcp.testing.TestCatalog;
import dev.securemcp.resources.ResourceRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** resources/*: list, read (text, binary, template), not found, access, subscriptions. */
@QuarkusTest
class ResourcesFeatureTest {

    @TestHTTPResource("/mcp")
    URI mcp;

    @Inject
    ResourceRegistry registry;

    @Test
    void initializeDeclaresResourcesWithSubscriptions() {
        new McpTestClient(dev.securemcp.testing.TestTokens.valid()).initialize("2025-11-25").then()
                .body("result.capabilities.resources.subscribe", equalTo(true));
    }

    @Test
    void listShowsReadableResourcesWithTheirMetadata() {
        McpTestClient.connected().call("resources/list", "{}").then()
                .statusCode(200)
                .body("result.resources.find { it.uri == 'memo://notes' }.name", equalTo("notes"))
                .body("result.resources.find { it.uri == 'memo://notes' }.mimeType", equalTo("text/plain"))
                .body("result.resources.find { it.uri == 'memo://notes' }.description", equalTo("Plain text notes"));
    }

    @Test
    void listLeavesOutResourcesTheCallerMayNotRead() {
        McpTestClient.connected().call("resources/list", "{}").then()
                .body("result.resources.uri", not(hasItem("memo://secret")));
    }

    @Test
    void readReturnsTextContents() {
        McpTestClient.connected().call("resources/read", "{\"uri\":\"memo://notes\"}").then()
                .statusCode(200)
                .body("result.contents[0].uri", equalTo("memo://notes"))
                .body("result.contents[0].mimeType", equalTo("text/plain"))
                .body("result.contents[0].text", equalTo("remember the milk"));
    }

    @Test
    void readReturnsBinaryContentsAsBase64() {
        String blob = McpTestClient.connected().call("resources/read", "{\"uri\":\"memo://bytes\"}").then()
                .statusCode(200).extract().path("result.contents[0].blob");
        assertArrayEquals(TestCatalog.BINARY, Base64.getDecoder().decode(blob));
    }

    @Test
    void readThroughATemplateHandsItTheVariables() {
        McpTestClient.connected().call("resources/read", "{\"uri\":\"memo://users/alice/profile\"}").then()
                .body("result.contents[0].uri", equalTo("memo://users/alice/profile"))
                .body("result.contents[0].text", equalTo("profile of alice"));
    }

    @Test
    void templatesListShowsTheTemplate() {
        McpTestClient.connected().call("resources/templates/list", "{}").then()
                .body("result.resourceTemplates.uriTemplate", hasItem("memo://users/{name}/profile"));
    }

    @Test
    void anUnknownUriIsResourceNotFound() {
        McpTestClient.connected().call("resources/read", "{\"uri\":\"memo://missing\"}").then()
                .statusCode(200)
                .body("error.code", equalTo(-32002))
                .body("error.data.uri", equalTo("memo://missing"));
    }

    @Test
    void aTemplateThatHasNoSuchResourceIsResourceNotFound() {
        McpTestClient.connected().call("resources/read", "{\"uri\":\"memo://users/nobody/profile\"}").then()
                .body("error.code", equalTo(-32002));
    }

    @Test
    void readWithoutAUriIsInvalidParams() {
        McpTestClient.connected().call("resources/read", "{}").then()
                .body("error.code", equalTo(-32602));
    }

    @Test
    void readingAResourceThatNeedsAMissingScopeIsAStepUp403() {
        McpTestClient.connected().call("resources/read", "{\"uri\":\"memo://secret\"}").then()
                .statusCode(403)
                .header("WWW-Authenticate", containsString("scope=\"admin\""))
                .body(not(containsString("s3cr3t")));
    }

    @Test
    void subscribeAnswersAnEmptyResult() {
        McpTestClient.connected().call("resources/subscribe", "{\"uri\":\"memo://notes\"}").then()
                .statusCode(200).body("result.size()", equalTo(0));
    }

    @Test
    void subscribingToAnUnknownUriIsResourceNotFound() {
        McpTestClient.connected().call("resources/subscribe", "{\"uri\":\"memo://missing\"}").then()
                .body("error.code", equalTo(-32002));
    }

    @Test
    void aSubscriberHearsOfUpdatesOnItsStream() throws Exception {
        McpTestClient client = McpTestClient.connected();
        client.call("resources/subscribe", "{\"uri\":\"memo://notes\"}").then().statusCode(200);
        try (SseReader stream = SseReader.get(mcp, client)) {
            assertEquals(200, stream.status());
            registry.updated("memo://notes");
            JsonNode update = stream.next(SseReader.method("notifications/resources/updated"));
            assertEquals("memo://notes", update.at("/params/uri").asText());
        }
    }

    @Test
    void afterUnsubscribeNoUpdateArrives() throws Exception {
        McpTestClient client = McpTestClient.connected();
        client.call("resources/subscribe", "{\"uri\":\"memo://notes\"}").then().statusCode(200);
        client.call("resources/subscribe", "{\"uri\":\"memo://bytes\"}").then().statusCode(200);
        client.call("resources/unsubscribe", "{\"uri\":\"memo://notes\"}").then().statusCode(200);
        try (SseReader stream = SseReader.get(mcp, client)) {
            assertEquals(200, stream.status());
            registry.updated("memo://notes");
            registry.updated("memo://bytes");
            // Updates go out in order: the first one heard must be the one still subscribed to.
            JsonNode first = stream.next(SseReader.method("notifications/resources/updated"));
            assertEquals("memo://bytes", first.at("/params/uri").asText());
        }
    }
}
