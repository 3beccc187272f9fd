package dev.securemcp.cli.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.oauth2.sdk.device.DeviceCode;
import com.nimbusds.oauth2.sdk.device.DeviceCodeGrant;

/** The token request carries a device login's PKCE verifier, and none when there is none. */
class TokenEndpointTest {
    private static final URI ENDPOINT = URI.create("http://127.0.0.1:9/realms/r/token");
    private static final ClientIdentity PUBLIC_CLIENT = new ClientIdentity("mcp-app", null, "none", null);
    private static final TokenEndpoint.Request REQUEST = new TokenEndpoint.Request(URI.create("http://localhost:8000/mcp"), null,
            null);

    @Test
    void aDeviceCodeRequestWithAVerifierSendsIt() throws Exception {
        Map<String, List<String>> body = TokenEndpoint.httpRequest(ENDPOINT, PUBLIC_CLIENT, "http://127.0.0.1:9/realms/r",
                new DeviceCodeGrant(new DeviceCode("device-code")), REQUEST.withCodeVerifier("the-verifier"))
                .getBodyAsFormParameters();
        assertEquals(List.of("the-verifier"), body.get("code_verifier"));
        assertEquals(List.of("device-code"), body.get("device_code"));
    }

    @Test
    void aRequestWithoutAVerifierSendsNone() throws Exception {
        Map<String, List<String>> body = TokenEndpoint.httpRequest(ENDPOINT, PUBLIC_CLIENT, "http://127.0.0.1:9/realms/r",
                new DeviceCodeGrant(new DeviceCode("device-code")), REQUEST).getBodyAsFormParameters();
        assertFalse(body.containsKey("code_verifier"));
    }
}
