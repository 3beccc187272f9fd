package dev.securemcp.auth;

import static org.hamcrest.Matchers.containsString;

import java.net.URL;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The default mcp.resource-url follows the port the server bound (a random one here), in the
 * metadata and as the accepted audience; the configured port (8000) is no audience of this server.
 */
@QuarkusTest
class ResourceUrlTest {
    @TestHTTPResource("/mcp")
    URL resource;

    @Test
    void aTokenForTheBoundResourceUrlIsAccepted() {
        McpTestClient.initializeWith(TestTokens.with("aud", resource.toString())).then().statusCode(200);
    }

    @Test
    void aTokenForTheConfiguredPortIsRefusedAsTheWrongAudience() {
        McpTestClient.initializeWith(TestTokens.with("aud", "http://localhost:8000/mcp")).then().statusCode(401)
                .header("WWW-Authenticate", containsString("audience"));
    }
}
