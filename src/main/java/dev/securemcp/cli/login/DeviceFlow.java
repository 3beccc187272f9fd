package dev.securemcp.cli.login;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationRequest;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationResponse;
import com.nimbusds.oauth2.sdk.device.DeviceAuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.device.DeviceCodeGrant;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;

import dev.securemcp.cli.CliException;

/** The device authorization grant (RFC 8628): a code the person enters on another device, then polling. */
final class DeviceFlow {
    private final OAuthHttp http;
    private final TokenEndpoint tokens;
    private final Browser browser;

    DeviceFlow(OAuthHttp http, TokenEndpoint tokens, Browser browser) {
        this.http = http;
        this.tokens = tokens;
        this.browser = browser;
    }

    ObjectNode run(AuthorizationServerMetadata metadata, ClientIdentity client, TokenEndpoint.Request request, Duration timeout) {
        if (metadata.getDeviceAuthorizationEndpointURI() == null) {
            throw LoginFailures.noMetadata("the authorization server " + metadata.getIssuer() + " offers no device authorization");
        }
        CodeVerifier verifier = offersPkce(metadata) ? new CodeVerifier() : null;
        DeviceAuthorizationResponse response;
        try {
            response = DeviceAuthorizationResponse.parse(http.send(authorizationRequest(metadata, client, request, verifier)));
        } catch (ParseException unreadable) {
            throw LoginFailures.refused("device authorization endpoint", null);
        }
        if (!response.indicatesSuccess()) {
            throw LoginFailures.refused("device authorization endpoint", response.toErrorResponse().getErrorObject());
        }
        DeviceAuthorizationSuccessResponse device = response.toSuccessResponse();
        http.say("🔢 Enter the code " + device.getUserCode().getValue() + " at " + device.getVerificationURI());
        browser.open(device.getVerificationURIComplete() != null ? device.getVerificationURIComplete() : device.getVerificationURI(),
                "enter the code");
        return poll(metadata, client, verifier == null ? request : request.withCodeVerifier(verifier.getValue()), device, timeout);
    }

    /**
     * RFC 8628 has no PKCE, but a server may ask for it on the device grant too (Keycloak does for a
     * client that requires PKCE): where the server offers S256, the device request carries a
     * challenge and the token requests the verifier, which a server without it ignores.
     */
    static boolean offersPkce(AuthorizationServerMetadata metadata) {
        return metadata.getCodeChallengeMethods() != null && metadata.getCodeChallengeMethods().contains(CodeChallengeMethod.S256);
    }

    static HTTPRequest authorizationRequest(AuthorizationServerMetadata metadata, ClientIdentity client, TokenEndpoint.Request request,
            CodeVerifier verifier) {
        ClientAuthentication authentication = client.authentication(metadata.getIssuer().getValue());
        DeviceAuthorizationRequest.Builder builder = authentication != null ? new DeviceAuthorizationRequest.Builder(authentication)
                : new DeviceAuthorizationRequest.Builder(new ClientID(client.id()));
        builder.endpointURI(metadata.getDeviceAuthorizationEndpointURI()).customParameter("resource", request.resource().toString());
        if (request.scope() != null && !request.scope().isBlank()) {
            builder.scope(Scope.parse(request.scope()));
        }
        if (verifier != null) {
            builder.customParameter("code_challenge", CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue())
                    .customParameter("code_challenge_method", CodeChallengeMethod.S256.getValue());
        }
        return builder.build().toHTTPRequest();
    }

    /** "the client SHOULD wait ... the interval"; "slow_down": "the interval MUST be increased by 5 seconds" (RFC 8628 3.5). */
    private ObjectNode poll(AuthorizationServerMetadata metadata, ClientIdentity client, TokenEndpoint.Request request,
            DeviceAuthorizationSuccessResponse device, Duration timeout) {
        long interval = device.getInterval() > 0 ? device.getInterval() : 5;
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            sleep(interval);
            try {
                return tokens.request(metadata.getTokenEndpointURI(), client, metadata.getIssuer().getValue(),
                        new DeviceCodeGrant(device.getDeviceCode()), request);
            } catch (CliException refused) {
                String message = refused.getMessage();
                if (message.contains("(slow_down")) {
                    interval += 5;
                } else if (!message.contains("(authorization_pending")) {
                    throw message.contains("(access_denied") || message.contains("(expired_token")
                            ? LoginFailures.cancelled("the device login was denied or expired")
                            : refused;
                }
            }
        }
        throw LoginFailures.cancelled("the code was not entered within " + timeout.toSeconds() + " s; run login --device again");
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw LoginFailures.cancelled("it was interrupted");
        }
    }
}
