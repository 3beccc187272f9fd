package dev.securemcp.cli.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;

/** The device authorization request: PKCE where the server offers S256 (Keycloak requires it for a PKCE client). */
class DeviceFlowTest {
    private static final ClientIdentity PUBLIC_CLIENT = new ClientIdentity("mcp-app", null, "none", null);
    private static final TokenEndpoint.Request REQUEST = new TokenEndpoint.Request(URI.create("http://localhost:8000/mcp"), "read",
            null);

    @Test
    void aServerOfferingS256GetsTheChallengeOfTheVerifier() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        Map<String, List<String>> body = DeviceFlow.authorizationRequest(metadata(List.of(CodeChallengeMethod.S256)), PUBLIC_CLIENT,
                REQUEST, verifier).getBodyAsFormParameters();
        assertEquals(List.of(CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue()), body.get("code_challenge"));
        assertEquals(List.of("S256"), body.get("code_challenge_method"));
    }

    @Test
    void aServerWithoutPkceGetsNoChallenge() throws Exception {
        AuthorizationServerMetadata metadata = metadata(null);
        assertFalse(DeviceFlow.offersPkce(metadata));
        Map<String, List<String>> body = DeviceFlow.authorizationRequest(metadata, PUBLIC_CLIENT, REQUEST, null)
                .getBodyAsFormParameters();
        assertFalse(body.containsKey("code_challenge"));
        assertFalse(body.containsKey("code_challenge_method"));
    }

    private static AuthorizationServerMetadata metadata(List<CodeChallengeMethod> methods) {
        AuthorizationServerMetadata metadata = new AuthorizationServerMetadata(new Issuer("http://127.0.0.1:9/realms/r"));
        metadata.setDeviceAuthorizationEndpointURI(URI.create("http://127.0.0.1:9/realms/r/device"));
        metadata.setTokenEndpointURI(URI.create("http://127.0.0.1:9/realms/r/token"));
        metadata.setCodeChallengeMethods(methods);
        return metadata;
    }
}
