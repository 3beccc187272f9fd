package dev.securemcp.cli.login;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;

/** The authorization code grant with PKCE S256, answered on a loopback redirect (OAuth 2.1, RFC 8252). */
final class AuthorizationCodeFlow {
    private final OAuthHttp http;
    private final TokenEndpoint tokens;
    private final Browser browser;

    AuthorizationCodeFlow(OAuthHttp http, TokenEndpoint tokens, Browser browser) {
        this.http = http;
        this.tokens = tokens;
        this.browser = browser;
    }

    /**
     * "MCP clients MUST implement PKCE ... and MUST verify PKCE support before proceeding with
     * authorization"; "If code_challenge_methods_supported is absent, the authorization server
     * does not support PKCE and MCP clients MUST refuse to proceed" (2025-11-25 authorization,
     * "Authorization Code Protection").
     */
    static void requirePkce(AuthorizationServerMetadata metadata) {
        if (metadata.getCodeChallengeMethods() == null || !metadata.getCodeChallengeMethods().contains(CodeChallengeMethod.S256)) {
            throw LoginFailures.noMetadata("the authorization server " + metadata.getIssuer() + " does not offer PKCE with S256");
        }
    }

    ObjectNode run(AuthorizationServerMetadata metadata, ClientIdentity client, TokenEndpoint.Request request,
            LoopbackReceiver receiver, LoginOptions options) {
        requirePkce(metadata);
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        AuthorizationRequest.Builder authorization = new AuthorizationRequest.Builder(ResponseType.CODE, new ClientID(client.id()))
                .endpointURI(metadata.getAuthorizationEndpointURI()).redirectionURI(receiver.redirectUri()).state(state)
                .codeChallenge(verifier, CodeChallengeMethod.S256).resource(request.resource());
        if (request.scope() != null && !request.scope().isBlank()) {
            authorization.scope(Scope.parse(request.scope()));
        }
        browser.open(authorization.build().toURI(), "log in to " + metadata.getIssuer());
        URI redirect = receiver.await(options.timeout());
        AuthorizationResponse response;
        try {
            response = AuthorizationResponse.parse(redirect);
        } catch (ParseException unreadable) {
            throw LoginFailures.cancelled("the redirect to " + receiver.redirectUri() + " carried no authorization response");
        }
        if (!state.equals(response.getState())) {
            throw LoginFailures.cancelled("the redirect's state does not match this login (a forged or stale redirect)");
        }
        checkIssuer(metadata, response);
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw LoginFailures.cancelled("the authorization server answered " + error.getCode()
                    + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")"));
        }
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(response.toSuccessResponse().getAuthorizationCode(),
                receiver.redirectUri(), verifier);
        return tokens.request(metadata.getTokenEndpointURI(), client, metadata.getIssuer().getValue(), grant, request);
    }

    /**
     * "Clients that support this extension MUST ... compare the value of the iss parameter with the
     * issuer of the authorization server": where the server says it sends {@code iss}, it must be
     * there and equal (RFC 9207 section 2.4).
     */
    private static void checkIssuer(AuthorizationServerMetadata metadata, AuthorizationResponse response) {
        String expected = metadata.getIssuer().getValue();
        String received = response.getIssuer() == null ? null : response.getIssuer().getValue();
        if (metadata.supportsAuthorizationResponseIssuerParam() && received == null) {
            throw LoginFailures.cancelled("the redirect has no iss parameter, which " + expected + " promises (RFC 9207)");
        }
        if (received != null && !received.equals(expected)) {
            throw LoginFailures.cancelled("the redirect's iss " + received + " is not the authorization server " + expected
                    + " (RFC 9207)");
        }
    }

    static LoopbackReceiver receiver() {
        try {
            return new LoopbackReceiver();
        } catch (IOException noPort) {
            throw LoginFailures.cancelled("no loopback port to receive the redirect on (" + noPort.getMessage() + ")");
        }
    }
}
