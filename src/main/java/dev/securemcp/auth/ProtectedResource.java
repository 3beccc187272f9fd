package dev.securemcp.auth;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.securemcp.config.McpConfig;

/**
 * This server as an OAuth protected resource: its canonical URL, metadata URL and authorization
 * servers. The challenges that name them are worded by {@link BearerRefusals}.
 *
 * <p>Built at first use, after the HTTP server bound its port: the default {@code mcp.resource-url}
 * names {@code quarkus.http.port}, which Quarkus then answers with the port actually bound (a random
 * one under {@code quarkus.http.port=0} and in tests), not the configured one.
 */
@ApplicationScoped
public class ProtectedResource {
    private final String resourceUrl;
    private final String metadataUrl;
    private final List<String> authorizationServers;

    @Inject
    public ProtectedResource(McpConfig config,
            @ConfigProperty(name = "mcp.resource-url") String resourceUrl,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.resourceUrl = resourceUrl;
        URI resource = URI.create(resourceUrl);
        String origin = resource.getScheme() + "://" + resource.getRawAuthority();
        String path = resource.getRawPath() == null || resource.getRawPath().equals("/") ? "" : resource.getRawPath();
        // RFC 9728 section 3.1: the well-known suffix goes between the host and the resource's path.
        this.metadataUrl = origin + "/.well-known/oauth-protected-resource" + path;
        this.authorizationServers = config.authorizationServers().filter(list -> !list.isEmpty())
                .map(List::copyOf).orElse(List.of(issuer));
    }

    public String resourceUrl() {
        return resourceUrl;
    }

    public String metadataUrl() {
        return metadataUrl;
    }

    public List<String> authorizationServers() {
        return authorizationServers;
    }
}
