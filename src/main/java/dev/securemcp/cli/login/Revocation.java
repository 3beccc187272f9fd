package dev.securemcp.cli.login;

import java.net.URI;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Token;

import dev.securemcp.cli.CliException;

/** Revokes a login's tokens (RFC 7009) where the authorization server has a revocation endpoint. */
final class Revocation {
    private final OAuthHttp http;

    Revocation(OAuthHttp http) {
        this.http = http;
    }

    /** The refresh token first (RFC 7009 section 2.1: its access tokens go with it), then the access token. */
    void revoke(ObjectNode login) {
        if (!login.hasNonNull("revocation_endpoint")) {
            http.detail("The authorization server offers no revocation; the tokens are only deleted here.");
            return;
        }
        URI endpoint = URI.create(login.get("revocation_endpoint").asText());
        ClientIdentity client = ClientIdentity.fromJson((ObjectNode) login.path("client"));
        if (login.hasNonNull("refresh_token")) {
            send(endpoint, client, login.path("issuer").asText(), new RefreshToken(login.get("refresh_token").asText()));
        }
        if (login.hasNonNull("access_token")) {
            send(endpoint, client, login.path("issuer").asText(), new BearerAccessToken(login.get("access_token").asText()));
        }
    }

    private void send(URI endpoint, ClientIdentity client, String issuer, Token token) {
        try {
            ClientAuthentication authentication = client.authentication(issuer);
            TokenRevocationRequest request = authentication != null ? new TokenRevocationRequest(endpoint, authentication, token)
                    : new TokenRevocationRequest(endpoint, new ClientID(client.id()), token);
            int status = http.send(request.toHTTPRequest()).getStatusCode();
            if (status != 200) {
                http.say("⚠️ The authorization server answered the revocation with HTTP " + status + "; the login is deleted here.");
            }
        } catch (CliException unreachable) {
            http.say("⚠️ The revocation failed (" + unreachable.getMessage() + "); the login is deleted here.");
        }
    }
}
