package dev.securemcp.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Keycloak that {@code deploy/keycloak/keycloak.sh start} runs, as its env file describes it
 * ({@code KC_ENV_FILE}, default {@code deploy/keycloak/.work/keycloak.env}): tokens from its token
 * endpoint and calls to its admin REST API. Every failure throws: a Keycloak that is not there
 * fails these tests, it never skips them.
 */
public final class KeycloakRealm {
    public static final String REALM = "secure-mcp";
    /** The realm's DEVELOPMENT/TEST users and secrets (deploy/keycloak/secure-mcp-realm.json). */
    public static final String ALICE = "alice";
    public static final String ALICE_PASSWORD = "alice-dev-password";
    public static final String BOB = "bob";
    public static final String BOB_PASSWORD = "bob-dev-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static KeycloakRealm running;

    private final String url;
    private final String issuer;
    private final String resourceUrl;
    private final String adminUser;
    private final String adminPassword;

    private KeycloakRealm(Properties env) {
        this.url = required(env, "KC_URL");
        this.issuer = required(env, "KC_ISSUER");
        this.resourceUrl = required(env, "MCP_RESOURCE_URL");
        this.adminUser = required(env, "KC_ADMIN_USER");
        this.adminPassword = required(env, "KC_ADMIN_PASSWORD");
    }

    /** The running Keycloak, checked once: its realm metadata must answer. */
    public static synchronized KeycloakRealm running() {
        if (running == null) {
            String file = System.getenv().getOrDefault("KC_ENV_FILE", "deploy/keycloak/.work/keycloak.env");
            Properties env = new Properties();
            try (var in = Files.newBufferedReader(Path.of(file))) {
                env.load(in);
            } catch (IOException missing) {
                throw new IllegalStateException("Keycloak is not running (no " + file
                        + "): start it with deploy/keycloak/keycloak.sh start, or run deploy/keycloak/test.sh", missing);
            }
            KeycloakRealm realm = new KeycloakRealm(env);
            HttpResponse<String> metadata = realm.send(HttpRequest.newBuilder(
                    URI.create(realm.issuer + "/.well-known/openid-configuration")).GET());
            if (metadata.statusCode() != 200) {
                throw new IllegalStateException("Keycloak's realm metadata answered " + metadata.statusCode());
            }
            running = realm;
        }
        return running;
    }

    private static String required(Properties env, String key) {
        String value = env.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The Keycloak env file lacks " + key);
        }
        return value.trim();
    }

    public String url() {
        return url;
    }

    public String issuer() {
        return issuer;
    }

    /** The audience Keycloak puts into this realm's tokens: the MCP server's resource URL. */
    public String resourceUrl() {
        return resourceUrl;
    }

    public String tokenEndpoint() {
        return issuer + "/protocol/openid-connect/token";
    }

    /** A user's access token through the DEVELOPMENT-ONLY password-grant client. */
    public String passwordToken(String user, String password, String scope) {
        return token(issuer, withScope(Map.of("grant_type", "password", "client_id", "mcp-dev-password",
                "client_secret", "mcp-dev-password-secret", "username", user, "password", password), scope));
    }

    /** A client-credentials access token of a confidential client with a secret. */
    public String clientCredentialsToken(String realmIssuer, String clientId, String secret, String scope) {
        return token(realmIssuer, withScope(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret), scope));
    }

    /** Keycloak refuses an empty scope parameter: only a scope that names something is sent. */
    private static Map<String, String> withScope(Map<String, String> form, String scope) {
        if (scope.isEmpty()) {
            return form;
        }
        Map<String, String> withScope = new LinkedHashMap<>(form);
        withScope.put("scope", scope);
        return withScope;
    }

    /** The POST's form fields in; the access token out. */
    public String token(String realmIssuer, Map<String, String> form) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                URI.create(realmIssuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(formBody(form)));
        JsonNode body = json(answer);
        if (answer.statusCode() != 200 || !body.hasNonNull("access_token")) {
            throw new IllegalStateException("Keycloak refused the token request (" + answer.statusCode() + "): "
                    + body.path("error_description").asText(body.path("error").asText()));
        }
        return body.get("access_token").asText();
    }

    /** One admin REST call ({@code /admin/realms/...}) with a fresh master-realm admin token. */
    public HttpResponse<String> admin(String method, String path, Object body) {
        String adminToken = token(url + "/realms/master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", adminUser, "password", adminPassword));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/admin/realms" + path))
                .header("Authorization", "Bearer " + adminToken);
        try {
            request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
        HttpResponse<String> answer = send(request);
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("Keycloak's admin API answered " + method + " " + path + " with "
                    + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    public static JsonNode json(HttpResponse<String> answer) {
        try {
            return answer.body() == null || answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
        } catch (IOException notJson) {
            throw new IllegalStateException("Keycloak answered " + answer.statusCode() + " with no JSON: " + answer.body());
        }
    }

    /** A JSON text as a tree. */
    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }

    /** A token's claims, read without verification (the server under test verifies). */
    public static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new IllegalStateException("Keycloak at " + url + " cannot be reached: " + unreachable.getMessage(),
                    unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    private static HttpRequest.BodyPublisher formBody(Map<String, String> form) {
        return HttpRequest.BodyPublishers.ofString(new LinkedHashMap<>(form).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
