package dev.securemcp.transport;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The headers of the answers of /mcp that are not a request's result: each written by the one
 * writer ({@link ResponseChannels#answer}), each with the headers it had as a JAX-RS response.
 */
@QuarkusTest
class HttpAnswersTest {

    @Test
    void aRefusalBeforeDispatchIsJsonWithTheLengthOfItsBody() {
        Response refused = McpTestClient.connected().session().contentType("text/plain")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").post("/mcp");
        refused.then().statusCode(415).contentType(equalTo("application/json")).body("error.code", equalTo(-32600));
        assertEquals(refused.asByteArray().length, Integer.parseInt(refused.header("Content-Length")));
    }

    @Test
    void aNotificationIs202WithNoContentTypeAndAZeroLength() {
        McpTestClient.connected().notify("notifications/initialized").then().statusCode(202)
                .header("Content-Type", nullValue()).header("Content-Length", equalTo("0")).body(emptyString());
    }

    @Test
    void deleteIs204WithNoBodyNorContentType() {
        McpTestClient.connected().session().delete("/mcp").then().statusCode(204)
                .header("Content-Type", nullValue()).body(emptyString());
    }

    @Test
    void aFailedInitializeIsAJsonRpcErrorUnder200WithoutASession() {
        new McpTestClient(TestTokens.valid()).request()
                .body("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"initialize\",\"params\":{\"protocolVersion\":42}}")
                .post("/mcp").then().statusCode(200).contentType(equalTo("application/json"))
                .header(McpHeaders.SESSION_ID, nullValue())
                .body("id", equalTo(7)).body("error.code", equalTo(-32602));
    }

    @Test
    void aBatchIsOneJsonArrayWithTheLengthOfItsBody() {
        McpTestClient client = new McpTestClient(TestTokens.valid());
        client.initialize("2025-03-26");
        Response batch = client.session().body("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]").post("/mcp");
        batch.then().statusCode(200).contentType(equalTo("application/json")).body("[0].id", equalTo(1));
        assertEquals(batch.asByteArray().length, Integer.parseInt(batch.header("Content-Length")));
        assertEquals('[', new String(batch.asByteArray(), StandardCharsets.UTF_8).charAt(0));
    }
}
