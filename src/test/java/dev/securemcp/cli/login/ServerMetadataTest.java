package dev.securemcp.cli.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The well-known URLs in the 2025-11-25 authorization spec's order. */
class ServerMetadataTest {

    @Test
    void anIssuerWithAPathIsTriedByInsertionThenOpenIdAppending() {
        assertEquals(List.of(URI.create("https://as.example/.well-known/oauth-authorization-server/tenant1"),
                URI.create("https://as.example/.well-known/openid-configuration/tenant1"),
                URI.create("https://as.example/tenant1/.well-known/openid-configuration")),
                ServerMetadata.candidates(URI.create("https://as.example/tenant1")));
    }

    @Test
    void anIssuerWithoutAPathIsTriedAsOAuthThenOpenId() {
        assertEquals(List.of(URI.create("http://127.0.0.1:9/.well-known/oauth-authorization-server"),
                URI.create("http://127.0.0.1:9/.well-known/openid-configuration")),
                ServerMetadata.candidates(URI.create("http://127.0.0.1:9/")));
    }
}
