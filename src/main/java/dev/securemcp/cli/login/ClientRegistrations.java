package dev.securemcp.cli.login;

import java.net.URI;
import java.util.List;

import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.client.ClientInformation;
import com.nimbusds.oauth2.sdk.client.ClientMetadata;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationRequest;
import com.nimbusds.oauth2.sdk.client.ClientRegistrationResponse;

/**
 * Which client this is at an authorization server, in the order the 2025-11-25 authorization spec
 * prefers ("Client Registration Approaches"): pre-registered ({@code --client-id}), a Client ID
 * Metadata Document where the server supports them, else dynamic registration (RFC 7591), kept
 * and reused for that server.
 */
final class ClientRegistrations {
    private static final String CLIENT_NAME = "secure-mcp CLI";
    private final OAuthHttp http;
    private final TokenStore store;

    ClientRegistrations(OAuthHttp http, TokenStore store) {
        this.http = http;
        this.store = store;
    }

    ClientIdentity client(AuthorizationServerMetadata metadata, LoginOptions options, URI redirectUri, String defaultKey) {
        List<ClientAuthenticationMethod> supported = metadata.getTokenEndpointAuthMethods();
        if (options.clientId != null) {
            if (options.clientSecret == null && options.clientCredentials) {
                return new ClientIdentity(options.clientId, null, "private_key_jwt",
                        options.privateKey != null ? options.privateKey : defaultKey);
            }
            return new ClientIdentity(options.clientId, options.clientSecret,
                    ClientIdentity.method(null, options.clientSecret, supported), null);
        }
        if (options.clientCredentials) {
            throw LoginFailures.registration("the client credentials grant needs a pre-registered client");
        }
        if (options.clientMetadataUrl != null
                && Boolean.TRUE.equals(metadata.getCustomParameter("client_id_metadata_document_supported"))) {
            http.detail("Client id: the metadata document " + options.clientMetadataUrl);
            return new ClientIdentity(options.clientMetadataUrl, null, "none", null);
        }
        String issuer = metadata.getIssuer().getValue();
        String name = TokenStore.clientName(issuer);
        return store.read(name).map(ClientIdentity::fromJson).orElseGet(() -> {
            ClientIdentity registered = register(metadata, redirectUri);
            store.update(name, previous -> registered.toJson().put("issuer", issuer));
            return registered;
        });
    }

    private ClientIdentity register(AuthorizationServerMetadata metadata, URI redirectUri) {
        if (metadata.getRegistrationEndpointURI() == null) {
            throw LoginFailures.registration("the authorization server " + metadata.getIssuer()
                    + " offers no dynamic registration nor client metadata documents");
        }
        ClientMetadata client = new ClientMetadata();
        client.setName(CLIENT_NAME);
        client.setRedirectionURI(redirectUri);
        client.setGrantTypes(java.util.Set.of(GrantType.AUTHORIZATION_CODE, GrantType.REFRESH_TOKEN));
        client.setResponseTypes(java.util.Set.of(ResponseType.CODE));
        client.setTokenEndpointAuthMethod(ClientAuthenticationMethod.NONE);
        client.setCustomField("application_type", "native");
        ClientRegistrationResponse response;
        try {
            response = ClientRegistrationResponse.parse(http.send(
                    new ClientRegistrationRequest(metadata.getRegistrationEndpointURI(), client, null).toHTTPRequest()));
        } catch (ParseException unreadable) {
            throw LoginFailures.registration("the registration answer is not valid: " + unreadable.getMessage());
        }
        if (!response.indicatesSuccess()) {
            var error = response.toErrorResponse().getErrorObject();
            throw LoginFailures.registration("the server refused it: " + error.getCode()
                    + (error.getDescription() == null ? "" : ", " + error.getDescription()));
        }
        ClientInformation information = response.toSuccessResponse().getClientInformation();
        String secret = information.getSecret() == null ? null : information.getSecret().getValue();
        ClientAuthenticationMethod registered = information.getMetadata().getTokenEndpointAuthMethod();
        String method = ClientIdentity.method(registered == null ? null : registered.getValue(), secret,
                metadata.getTokenEndpointAuthMethods());
        if (!"none".equals(method) && registered == null && metadata.getTokenEndpointAuthMethods() != null
                && metadata.getTokenEndpointAuthMethods().contains(ClientAuthenticationMethod.NONE)) {
            method = "none";
        }
        http.detail("Registered as client " + information.getID() + " (" + method + ")");
        return new ClientIdentity(information.getID().getValue(), secret, method, null);
    }
}
