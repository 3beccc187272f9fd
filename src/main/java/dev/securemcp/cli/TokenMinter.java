package dev.securemcp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.securemcp.auth.KeyLocations;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtException;

/** Signs tokens for the CLI with the key at {@code smallrye.jwt.sign.key.location}. */
@ApplicationScoped
public class TokenMinter {
    static final String KEY_LOCATION = "smallrye.jwt.sign.key.location";

    @Inject
    @ConfigProperty(name = KEY_LOCATION, defaultValue = "keys/private.pem")
    String keyLocation;

    Clock clock = Clock.systemUTC();

    /** A signed token with the options' claims, issued now. */
    public MintedToken mint(TokenOptions options) {
        Instant now = clock.instant();
        Map<String, Object> claims = options.claims(now);
        Optional<Path> file = KeyLocations.asFile(keyLocation);
        if (file.isPresent() && !Files.isReadable(file.get())) {
            throw missingKey(null);
        }
        try {
            String token = Jwt.claims(claims).jws().header("typ", "JWT").sign();
            Object exp = claims.get("exp");
            Instant expiresAt = exp instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue())
                    : now.plusSeconds(options.ttlSeconds());
            return new MintedToken(token, expiresAt);
        } catch (JwtException unusable) {
            throw missingKey(unusable);
        }
    }

    private CliException missingKey(Throwable cause) {
        return new CliException(ExitCodes.KEY_FILE, "The signing key " + keyLocation + " is missing or unreadable: create a "
                + "key pair with 'java -jar target/quarkus-app/quarkus-run.jar keys generate' or set " + KEY_LOCATION + ".",
                cause);
    }

    /** A signed JWT and the moment it expires. */
    public record MintedToken(String token, Instant expiresAt) {
    }
}
