package dev.securemcp.auth;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;

import org.jose4j.jwk.JsonWebKey;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;

/**
 * Whether a key file can be used right now: a PEM file (or classpath resource) that holds a public
 * key, or a JWKS document with at least one key. (A JWKS URL is judged by what the server last
 * fetched: {@link KeySourceReadiness}.)
 */
public final class KeySourceProbe {

    /** Empty when usable; otherwise one sentence that says what is wrong (no key material in it). */
    public Optional<String> problem(String location) {
        if (location == null || location.isBlank()) {
            return Optional.of("No verification key is configured (mp.jwt.verify.publickey.location).");
        }
        String content;
        try {
            content = ResourceUtils.readResource(location);
        } catch (IOException unreadable) {
            return Optional.of("The key source " + location + " cannot be read: " + ReadFailures.describe(unreadable) + ".");
        }
        if (content == null || content.isBlank()) {
            return Optional.of("The key source " + location + " is missing or empty.");
        }
        return holdsKey(content.trim()) ? Optional.empty()
                : Optional.of("The key source " + location + " holds no usable public key.");
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
