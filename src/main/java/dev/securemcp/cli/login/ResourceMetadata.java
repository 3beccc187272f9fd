package dev.securemcp.cli.login;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;

import dev.securemcp.cli.client.Challenge;
import dev.securemcp.cli.client.CliJson;

/** The MCP server's protected resource metadata (RFC 9728): its resource id, authorization servers and scopes. */
record ResourceMetadata(URI resource, List<URI> authorizationServers, List<String> scopesSupported) {

    /**
     * "MCP clients MUST be able to parse WWW-Authenticate headers and respond appropriately to HTTP
     * 401 Unauthorized responses"; without {@code resource_metadata} there, "clients MUST fall back
     * to constructing well-known URIs in this order: path-specific, then root" (2025-11-25
     * authorization, "Protected Resource Metadata Discovery Requirements").
     */
    static ResourceMetadata discover(URI server, Challenge challenge, OAuthHttp http) {
        List<URI> candidates = new ArrayList<>();
        if (challenge.resourceMetadata() != null) {
            candidates.add(URI.create(challenge.resourceMetadata()));
        } else {
            String origin = server.getScheme() + "://" + server.getRawAuthority();
            String path = server.getRawPath() == null ? "" : server.getRawPath().replaceAll("/+$", "");
            if (!path.isEmpty()) {
                candidates.add(URI.create(origin + "/.well-known/oauth-protected-resource" + path));
            }
            candidates.add(URI.create(origin + "/.well-known/oauth-protected-resource"));
        }
        for (URI candidate : candidates) {
            HTTPResponse response = http.get(candidate);
            if (response.getStatusCode() != 200) {
                continue;
            }
            JsonNode json;
            try {
                json = CliJson.mapper().readTree(response.getBody());
            } catch (Exception notJson) {
                continue;
            }
            List<URI> servers = new ArrayList<>();
            json.path("authorization_servers").forEach(as -> servers.add(URI.create(as.asText())));
            if (servers.isEmpty()) {
                throw LoginFailures.noMetadata("the protected resource metadata at " + candidate + " names no authorization server");
            }
            List<String> scopes = new ArrayList<>();
            json.path("scopes_supported").forEach(scope -> scopes.add(scope.asText()));
            URI resource = json.hasNonNull("resource") ? URI.create(json.get("resource").asText()) : server;
            http.detail("Protected resource " + resource + ", authorization server " + servers.get(0));
            return new ResourceMetadata(resource, servers, json.has("scopes_supported") ? scopes : null);
        }
        throw LoginFailures.noMetadata("the server " + server + " publishes no protected resource metadata (tried "
                + candidates.stream().map(URI::toString).reduce((a, b) -> a + ", " + b).orElse("") + ")");
    }
}
