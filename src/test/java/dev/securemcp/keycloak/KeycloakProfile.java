package dev.securemcp.keycloak;

import java.net.URI;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The server as the README's "Use with Keycloak" runs it: the {@code keycloak} config profile (over
 * the test one) with {@code KC_ISSUER} from the running Keycloak, on the port of the resource URL
 * that Keycloak puts into {@code aud}. Clock skew and the JWKS cache are short, for the expiry and
 * key-rotation tests.
 */
public class KeycloakProfile implements QuarkusTestProfile {
    public static final long JWKS_CACHE_MS = 3000;

    @Override
    public String getConfigProfile() {
        return "test,keycloak";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        KeycloakRealm keycloak = KeycloakRealm.running();
        return Map.of(
                "KC_ISSUER", keycloak.issuer(),
                "quarkus.http.test-port", String.valueOf(URI.create(keycloak.resourceUrl()).getPort()),
                "mp.jwt.verify.clock.skew", "1",
                "mcp.auth.jwks-cache", JWKS_CACHE_MS + "MS",
                "mcp.auth.jwks-min-refetch-interval", "500MS");
    }
}
