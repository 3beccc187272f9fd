package dev.securemcp.auth;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

import dev.securemcp.config.McpConfig;

/**
 * Where verification keys come from, by {@code mp.jwt.verify.publickey.location}: an {@code http(s)}
 * URL is a JWKS ({@link JwksKeyResolver}); anything else is a PEM key or JWKS document read once.
 */
@ApplicationScoped
public class VerificationKeys {
    private final String location;
    private final McpConfig config;
    private volatile VerificationKeyResolver resolver;

    @Inject
    public VerificationKeys(McpConfig config,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String location) {
        this.config = config;
        this.location = location;
    }

    public VerificationKeyResolver resolver() {
        return this::resolve;
    }

    private Key resolve(JsonWebSignature jws, List<JsonWebStructure> nesting) throws UnresolvableKeyException {
        return current().resolveKey(jws, nesting);
    }

    /** Read lazily: a missing key file fails the request (401), never the start of a CLI command. */
    private VerificationKeyResolver current() throws UnresolvableKeyException {
        VerificationKeyResolver loaded = resolver;
        if (loaded == null) {
            synchronized (this) {
                if (resolver == null) {
                    resolver = load();
                }
                loaded = resolver;
            }
        }
        return loaded;
    }

    private VerificationKeyResolver load() throws UnresolvableKeyException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return new JwksKeyResolver(location, config.auth().jwksCache(), config.auth().jwksMinRefetchInterval(),
                    System::nanoTime);
        }
        try {
            return StaticKeyResolver.read(location);
        } catch (IOException | GeneralSecurityException | JoseException unreadable) {
            throw new UnresolvableKeyException("Cannot read the public key at " + location, unreadable);
        }
    }
}
