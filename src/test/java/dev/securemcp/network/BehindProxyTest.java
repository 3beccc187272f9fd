package dev.securemcp.network;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Behind a TLS-terminating ingress that forwards X-Forwarded-* headers: the canonical URL stays the
 * public one, and the Host and Origin checks judge the forwarded host, not the ingress's own.
 */
@QuarkusTest
@TestProfile(BehindProxyTest.Ingress.class)
class BehindProxyTest {
    private static final String PUBLIC_URL = "https://mcp.example.com/mcp";

    public static class Ingress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1",
                    "mcp.resource-url", PUBLIC_URL,
                    "mcp.allowed-origins", "https://app.example.com");
        }
    }

    private static io.restassured.specification.RequestSpecification viaIngress(String forwardedHost) {
        return new McpTestClient(TestTokens.valid()).request()
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", forwardedHost)
                .body("""
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
                         "capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""");
    }

    @Test
    void theForwardedPublicHostIsAccepted() {
        viaIngress("mcp.example.com").post("/mcp").then().statusCode(200)
                .body("result.protocolVersion", equalTo("2025-11-25"));
    }

    @Test
    void aForwardedForeignHostIsRefusedLikeAForeignHostHeader() {
        viaIngress("evil.example").post("/mcp").then().statusCode(403).body("error", equalTo("forbidden_host"));
    }

    @Test
    void theAllowedBrowserOriginPassesAndAnotherIsRefused() {
        viaIngress("mcp.example.com").header("Origin", "https://app.example.com").post("/mcp").then().statusCode(200);
        viaIngress("mcp.example.com").header("Origin", "https://evil.example").post("/mcp").then().statusCode(403)
                .body("error", equalTo("forbidden_origin"));
    }

    @Test
    void metadataAndChallengesNameTheCanonicalPublicUrl() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "mcp.example.com")
                .get("/.well-known/oauth-protected-resource/mcp").then().statusCode(200)
                .body("resource", equalTo(PUBLIC_URL));
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "mcp.example.com")
                .contentType("application/json").body("{}").post("/mcp").then().statusCode(401)
                .header("WWW-Authenticate",
                        containsString("resource_metadata=\"https://mcp.example.com/.well-known/oauth-protected-resource/mcp\""));
    }
}
