package dev.securemcp.cli.login;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.token.RefreshToken;

import dev.securemcp.cli.CliException;
import dev.securemcp.cli.client.Challenge;

/**
 * The MCP authorization flow for one server: from its 401 challenge to a stored login, and the
 * refresh of a stored one. A login record keeps the server, resource, issuer, client, grant and
 * tokens, under {@link TokenStore#loginName}.
 */
public final class Login {
    private final TokenStore store;
    private final OAuthHttp http;
    private final LoginOptions options;
    private final Function<String, String> environment;
    private final String defaultKey;
    private final Clock clock;

    public Login(TokenStore store, OAuthHttp http, LoginOptions options, Function<String, String> environment, String defaultKey,
            Clock clock) {
        this.store = store;
        this.http = http;
        this.options = options;
        this.environment = environment;
        this.defaultKey = defaultKey;
        this.clock = clock;
    }

    public Optional<ObjectNode> stored(URI server) {
        return store.loginFor(server.toString());
    }

    /**
     * A new login: the resource's metadata, the authorization server's, the client, then the grant.
     * The scopes: those the challenge names, else all the resource supports, else none ("Scope
     * Selection Strategy", 2025-11-25 authorization), plus {@code alsoScopes} on a step-up.
     */
    public ObjectNode logIn(URI server, Challenge challenge, String alsoScopes) {
        ResourceMetadata resource = ResourceMetadata.discover(server, challenge, http);
        URI issuer = resource.authorizationServers().get(0);
        AuthorizationServerMetadata metadata = ServerMetadata.discover(issuer, http);
        String scope = union(alsoScopes, challenge.scope() != null ? challenge.scope()
                : resource.scopesSupported() == null ? null : String.join(" ", resource.scopesSupported()));
        TokenEndpoint tokens = new TokenEndpoint(http, clock);
        TokenEndpoint.Request request = new TokenEndpoint.Request(resource.resource(), scope, null);
        Browser browser = new Browser(environment, options.noBrowser, http);
        ObjectNode obtained;
        ClientIdentity client;
        if (options.clientCredentials) {
            client = new ClientRegistrations(http, store).client(metadata, options, null, defaultKey);
            obtained = tokens.request(metadata.getTokenEndpointURI(), client, metadata.getIssuer().getValue(),
                    new ClientCredentialsGrant(), request);
        } else if (options.device) {
            client = new ClientRegistrations(http, store).client(metadata, options, URI.create("http://127.0.0.1/callback"),
                    defaultKey);
            obtained = new DeviceFlow(http, tokens, browser).run(metadata, client, request, options.timeout());
        } else {
            AuthorizationCodeFlow.requirePkce(metadata);
            try (LoopbackReceiver receiver = AuthorizationCodeFlow.receiver()) {
                client = new ClientRegistrations(http, store).client(metadata, options, receiver.redirectUri(), defaultKey);
                obtained = new AuthorizationCodeFlow(http, tokens, browser).run(metadata, client, request, receiver, options);
            }
        }
        obtained.put("server", server.toString()).put("resource", resource.resource().toString())
                .put("issuer", metadata.getIssuer().getValue()).put("grant", options.grant())
                .put("token_endpoint", metadata.getTokenEndpointURI().toString());
        if (metadata.getRevocationEndpointURI() != null) {
            obtained.put("revocation_endpoint", metadata.getRevocationEndpointURI().toString());
        }
        obtained.set("client", client.toJson());
        if (scope != null) {
            obtained.put("requested_scope", scope);
        }
        String name = TokenStore.loginName(metadata.getIssuer().getValue(), resource.resource().toString());
        return store.update(name, previous -> obtained);
    }

    /**
     * Refreshes a stored login under the store's lock. Another command may have refreshed it
     * meanwhile (and the server rotated the refresh token): then its newer tokens are used as they are.
     */
    public ObjectNode refresh(ObjectNode login) {
        String name = TokenStore.loginName(login.path("issuer").asText(), login.path("resource").asText());
        String seen = login.path("access_token").asText();
        return store.update(name, current -> {
            ObjectNode latest = current != null ? current : login;
            if (!latest.path("access_token").asText().equals(seen) || !latest.hasNonNull("refresh_token")) {
                return latest;
            }
            ClientIdentity client = ClientIdentity.fromJson((ObjectNode) latest.path("client"));
            String refreshToken = latest.get("refresh_token").asText();
            ObjectNode refreshed;
            try {
                refreshed = new TokenEndpoint(http, clock).request(URI.create(latest.path("token_endpoint").asText()), client,
                        latest.path("issuer").asText(), new RefreshTokenGrant(new RefreshToken(refreshToken)),
                        new TokenEndpoint.Request(URI.create(latest.path("resource").asText()), null, refreshToken));
            } catch (CliException refused) {
                http.detail("The refresh failed: " + refused.getMessage());
                return latest;
            }
            ObjectNode next = latest.deepCopy();
            next.remove("expires_at");
            next.setAll(refreshed);
            return next;
        });
    }

    public boolean expiresWithin(ObjectNode login, java.time.Duration margin) {
        return login.has("expires_at") && clock.instant().plus(margin).getEpochSecond() >= login.get("expires_at").asLong();
    }

    /** Forgets the login (RFC 7009 revocation first where the server offers it); false when there was none. */
    public boolean logOut(URI server) {
        Optional<ObjectNode> login = stored(server);
        if (login.isEmpty()) {
            return false;
        }
        new Revocation(http).revoke(login.get());
        store.update(TokenStore.loginName(login.get().path("issuer").asText(), login.get().path("resource").asText()),
                previous -> null);
        return true;
    }

    private static String union(String first, String second) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String part : new String[] { first, second }) {
            if (part != null && !part.isBlank()) {
                scopes.addAll(java.util.List.of(part.trim().split("\\s+")));
            }
        }
        return scopes.isEmpty() ? null : String.join(" ", scopes);
    }
}
