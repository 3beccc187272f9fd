package dev.securemcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An HTTP/2 client (the JDK's upgrades to h2c) sends no Host header, only {@code :authority}: the
 * DNS-rebinding check must read that instead of refusing the request.
 */
@QuarkusTest
class Http2ClientTest {

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void anHttp2ClientIsNotRefusedForItsMissingHostHeader() throws Exception {
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest initialize = HttpRequest.newBuilder(mcp)
                .header("Authorization", "Bearer " + TestTokens.valid())
                .header("Accept", McpTestClient.ACCEPT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
                         "capabilities":{},"clientInfo":{"name":"h2","version":"1"}}}"""))
                .build();
        // The first request may go out as HTTP/1.1 with an upgrade offer; the second is HTTP/2.
        http2.send(initialize, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> answer = http2.send(initialize, HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, answer.version());
        assertEquals(200, answer.statusCode());
    }
}
