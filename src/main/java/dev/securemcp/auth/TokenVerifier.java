package dev.securemcp.auth;

import java.security.Key;
import java.time.Duration;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.VerificationKeyResolver;

import dev.securemcp.config.McpConfig;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The token check that smallrye-jwt's mechanism calls for every request: signature with a key that
 * fits the algorithm ({@link JwkChoice}), {@code exp} required, {@code nbf} and {@code iat} honoured
 * with the clock skew, issuer, audience, the longest lifetime, and revocation. It replaces
 * smallrye-jwt's own parser so that keys come from {@link VerificationKeys} (JWKS refetch in seconds).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TokenVerifier extends DefaultJWTParser {
    private final JwtConsumer consumer;
    private final long maxLifetimeSeconds;
    private final int skewSeconds;
    private final RevocationStore revocations;

    @Inject
    public TokenVerifier(McpConfig config, RevocationStore revocations, VerificationKeys keys,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int skewSeconds) {
        this(keys.resolver(), issuer, audiences, skewSeconds, config.auth().maxTokenLifetime(), revocations);
    }

    TokenVerifier(VerificationKeyResolver keys, String issuer, List<String> audiences, int skewSeconds,
            Duration maxLifetime, RevocationStore revocations) {
        this.maxLifetimeSeconds = maxLifetime.toSeconds();
        this.skewSeconds = Math.max(0, skewSeconds);
        this.revocations = revocations;
        this.consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        JwkChoice.ALGORITHMS.toArray(String[]::new))
                .setVerificationKeyResolver(keys)
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(this.skewSeconds)
                .setIssuedAtRestrictions(this.skewSeconds, Integer.MAX_VALUE)
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audiences.toArray(String[]::new))
                .build();
    }

    /** A token that passed every check, and the key whose signature check it passed. */
    public record Verified(JsonWebToken token, Key key) {
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verify(token).token();
    }

    /** As {@link #parse(String)}, naming the key that verified the token (for the token cache). */
    public Verified verify(String token) throws ParseException {
        JwtClaims claims;
        Key key;
        try {
            JwtContext context = consumer.process(token);
            claims = context.getJwtClaims();
            key = context.getJoseObjects().get(0).getKey();
            checkLifetime(claims);
            if (revocations.isRevoked(claims.getJwtId())) {
                throw new RevokedTokenException();
            }
        } catch (InvalidJwtException | MalformedClaimException invalid) {
            throw new ParseException("The token failed verification.", invalid);
        } catch (TokenRefusedException refused) {
            throw new ParseException("The token is refused.", refused);
        }
        return new Verified(new DefaultJWTCallerPrincipal(token, "JWT", claims), key);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo ignored) throws ParseException {
        return parse(token);
    }

    /** exp - iat (or exp - now, without iat) may not exceed the configured lifetime. */
    private void checkLifetime(JwtClaims claims) throws MalformedClaimException {
        NumericDate issuedAt = claims.getIssuedAt();
        long from = issuedAt != null ? issuedAt.getValue() : NumericDate.now().getValue();
        if (claims.getExpirationTime().getValue() - from > maxLifetimeSeconds) {
            throw new TokenRefusedException(TokenFailure.LIFETIME_TOO_LONG);
        }
    }
}
