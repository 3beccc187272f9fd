package dev.securemcp.cli.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;

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
}
