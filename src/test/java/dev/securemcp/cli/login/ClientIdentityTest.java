package dev.securemcp.cli.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;

class ClientIdentityTest {

    @Test
    void theRegisteredMethodWins() {
        assertEquals("client_secret_post", ClientIdentity.method("client_secret_post", "s", List.of(ClientAuthenticationMethod.NONE)));
    }

    @Test
    void aSecretGoesInTheBasicHeaderWhereAllowedElseInTheBody() {
        assertEquals("client_secret_basic", ClientIdentity.method(null, "s", null));
        assertEquals("client_secret_post", ClientIdentity.method(null, "s", List.of(ClientAuthenticationMethod.CLIENT_SECRET_POST)));
    }

    @Test
    void withoutASecretTheClientIsPublic() {
        assertEquals("none", ClientIdentity.method(null, null, List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)));
    }

    @Test
    void privateKeyJwtIsSignedWithTheRsaKeyForTheIssuer() throws Exception {
        ClientIdentity client = new ClientIdentity("cli", null, "private_key_jwt", "src/test/resources/test-keys/private.pem");
        PrivateKeyJWT assertion = (PrivateKeyJWT) client.authentication("https://as.example/realms/mcp");
        assertEquals(JWSAlgorithm.RS256, assertion.getClientAssertion().getHeader().getAlgorithm());
        var claims = assertion.getJWTAuthenticationClaimsSet();
        assertEquals("cli", claims.getIssuer().getValue());
        assertEquals("cli", claims.getSubject().getValue());
        assertEquals("https://as.example/realms/mcp", claims.getAudience().get(0).getValue());
    }
}
