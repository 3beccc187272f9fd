package dev.securemcp.auth;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.config.McpConfig;

/**
 * This server as an OAuth protected resource: its canonical URL, metadata URL and challenges.
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

    /** The WWW-Authenticate value of a 401. */
    public String unauthorizedChallenge(Refusal refusal) {
        StringBuilder value = new StringBuilder("Bearer resource_metadata=\"").append(metadataUrl).append('"');
        if (refusal.kind().tokenPresented()) {
            value.append(", error=\"").append(refusal.kind().oauthError()).append('"')
                    .append(", error_description=\"").append(quotable(refusal.description())).append('"');
        }
        return value.toString();
    }

    /** The WWW-Authenticate value of a 403 for missing scopes: the client may step up. */
    public String insufficientScopeChallenge(AccessRequirement needed) {
        return "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", needed.scopes())
                + "\", resource_metadata=\"" + metadataUrl + "\", error_description=\"The token lacks a "
                + "scope or role this needs.\"";
    }

    /** RFC 9110 section 5.6.4: inside a quoted-string, a quote or backslash is escaped with a backslash. */
    private static String quotable(String text) {
        return text.indexOf('"') < 0 && text.indexOf('\\') < 0 ? text : text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
