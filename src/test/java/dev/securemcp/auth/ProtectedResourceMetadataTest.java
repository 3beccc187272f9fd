package dev.securemcp.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** RFC 9728 metadata, without a token, at both well-known locations. */
@QuarkusTest
class ProtectedResourceMetadataTest {
    // The server runs on a random port: the default resource URL names that port, not 8000.
    @TestHTTPResource("/mcp")
    URL resource;

    @TestHTTPResource("/.well-known/oauth-protected-resource/mcp")
    URL metadata;

    @Test
    void theDocumentNamesTheCanonicalResource() {
        given().get("/.well-known/oauth-protected-resource").then().statusCode(200)
                .body("resource", equalTo(resource.toString()));
    }

    @Test
    void authorizationServersDefaultToTheIssuer() {
        given().get("/.well-known/oauth-protected-resource").then().statusCode(200)
                .body("authorization_servers", equalTo(List.of("http://localhost:8000")));
    }

    @Test
    void scopesSupportedAreDerivedFromTheTools() {
        given().get("/.well-known/oauth-protected-resource").then().statusCode(200)
                .body("scopes_supported", hasItems("read", "admin"));
    }

    @Test
    void onlyTheHeaderBearerMethodIsSupported() {
        given().get("/.well-known/oauth-protected-resource").then().statusCode(200)
                .body("bearer_methods_supported", equalTo(List.of("header")));
    }

    @Test
    void thePathSuffixedLocationServesTheSameDocument() {
        given().get("/.well-known/oauth-protected-resource/mcp").then().statusCode(200)
                .body("resource", equalTo(resource.toString()))
                .body("authorization_servers", not(empty()));
    }

    @Test
    void a401PointsAtTheMetadata() {
        given().accept("application/json, text/event-stream").contentType("application/json").body("{}")
                .post("/mcp").then().statusCode(401)
                .header("WWW-Authenticate", containsString(
                        "resource_metadata=\"" + metadata + "\""));
    }
}
