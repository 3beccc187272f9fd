package dev.securemcp.cli.login;

import java.net.URI;
import java.time.Clock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;

/** One token request: the grant, the client's authentication and the resource (RFC 8707) in; the tokens out. */
final class TokenEndpoint {
    private final OAuthHttp http;
    private final Clock clock;

    TokenEndpoint(OAuthHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /**
     * The tokens as stored: {@code access_token}, {@code refresh_token} (the previous one when the
     * server did not rotate it), {@code expires_at} (epoch seconds) and {@code scope}.
     */
    ObjectNode request(URI endpoint, ClientIdentity client, String issuer, AuthorizationGrant grant, Request options) {
        TokenResponse response;
        try {
            response = TokenResponse.parse(http.send(httpRequest(endpoint, client, issuer, grant, options)));
        } catch (ParseException unreadable) {
            throw LoginFailures.refused("token endpoint", null);
        }
        if (!response.indicatesSuccess()) {
            throw LoginFailures.refused("token endpoint", response.toErrorResponse().getErrorObject());
        }
        return stored(response.toSuccessResponse().getTokens(), options);
    }

    static HTTPRequest httpRequest(URI endpoint, ClientIdentity client, String issuer, AuthorizationGrant grant, Request options) {
        ClientAuthentication authentication = client.authentication(issuer);
        TokenRequest.Builder builder = authentication != null ? new TokenRequest.Builder(endpoint, authentication, grant)
                : new TokenRequest.Builder(endpoint, new ClientID(client.id()), grant);
        if (options.scope() != null && !options.scope().isBlank()) {
            builder.scope(Scope.parse(options.scope()));
        }
        // "MCP clients MUST include the resource parameter in both authorization requests and token
        // requests" (2025-11-25 authorization, "Resource Parameter Implementation").
        builder.resource(options.resource());
        if (options.codeVerifier() != null) {
            builder.customParameter("code_verifier", options.codeVerifier());
        }
        return builder.build().toHTTPRequest();
    }

    private ObjectNode stored(Tokens tokens, Request options) {
        AccessToken access = tokens.getAccessToken();
        ObjectNode stored = JsonNodeFactory.instance.objectNode().put("access_token", access.getValue());
        if (tokens.getRefreshToken() != null) {
            stored.put("refresh_token", tokens.getRefreshToken().getValue());
        } else if (options.previousRefreshToken() != null) {
            stored.put("refresh_token", options.previousRefreshToken());
        }
        if (access.getLifetime() > 0) {
            stored.put("expires_at", clock.instant().getEpochSecond() + access.getLifetime());
        }
        String scope = access.getScope() != null ? access.getScope().toString() : options.scope();
        if (scope != null) {
            stored.put("scope", scope);
        }
        return stored;
    }

    /**
     * What a token request asks for besides the grant; {@code codeVerifier} for a grant that has no
     * parameter of its own for it (the device code, where the server asked for PKCE).
     */
    record Request(URI resource, String scope, String previousRefreshToken, String codeVerifier) {
        Request(URI resource, String scope, String previousRefreshToken) {
            this(resource, scope, previousRefreshToken, null);
        }

        Request withCodeVerifier(String verifier) {
            return new Request(resource, scope, previousRefreshToken, verifier);
        }
    }
}
