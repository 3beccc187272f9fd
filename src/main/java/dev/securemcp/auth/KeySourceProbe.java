package dev.securemcp.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jose4j.jwk.JsonWebKey;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * Whether the configured verification key source can be used right now: a PEM file (or classpath
 * resource) that holds a public key, or a JWKS URL that answers with at least one key.
 */
public final class KeySourceProbe {
    private final HttpClient http;
    private final Duration timeout;

    public KeySourceProbe(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Empty when usable; otherwise one sentence that says what is wrong (no key material in it). */
    public Optional<String> problem(String location) {
        if (location == null || location.isBlank()) {
            return Optional.of("No verification key is configured (mp.jwt.verify.publickey.location).");
        }
        String content;
        try {
            content = location.startsWith("http:") || location.startsWith("https:") ? fetch(location)
                    : ResourceUtils.readResource(location);
        } catch (IOException | InterruptedException unreadable) {
            if (unreadable instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.of("The key source " + location + " cannot be read: " + unreadable.getClass().getSimpleName() + ".");
        }
        if (content == null || content.isBlank()) {
            return Optional.of("The key source " + location + " is missing or empty.");
        }
        return holdsKey(content.trim()) ? Optional.empty()
                : Optional.of("The key source " + location + " holds no usable public key.");
    }

    private String fetch(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static boolean holdsKey(String content) {
        if (content.startsWith("{")) {
            List<JsonWebKey> keys = KeyUtils.loadJsonWebKeys(content);
            return keys != null && !keys.isEmpty();
        }
        for (SignatureAlgorithm algorithm : new SignatureAlgorithm[] { SignatureAlgorithm.RS256, SignatureAlgorithm.ES256 }) {
            try {
                KeyUtils.decodePublicKey(content, algorithm);
                return true;
            } catch (GeneralSecurityException | IllegalArgumentException notThisKind) {
                // try the next kind
            }
        }
        try {
            KeyUtils.decodeCertificate(content);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException notACertificate) {
            return false;
        }
    }
}
