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
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The full token check: the compact syntax ({@link CompactJws}), the header parameters
 * ({@link JoseHeaderRules}, before the key is looked up), signature with a key that fits the algorithm
 * ({@link JwkChoice}), {@code exp} required, {@code nbf} and {@code iat} honoured with the clock skew,
 * issuer, audience, the claims' shapes ({@link ClaimShapes}) and the longest lifetime. Revocation is
 * checked once a request by {@link CachingTokenIdentityProvider}, cached token or not; {@link #parse}
 * checks it too, for anyone else who parses a token with smallrye-jwt. It replaces smallrye-jwt's own parser so that keys come from {@link VerificationKeys} (JWKS refetch in
 * seconds).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TokenVerifier extends DefaultJWTParser {
    private final JwtConsumer consumer;
    private final long maxLifetimeSeconds;
    private final int skewSeconds;
    private final RevocationStore revocations;
    private final int maxTokenLength;

    /**
     * What a token is checked against, from configuration.
     *
     * @param maxTokenLength the longest token text: the header size limit ({@code quarkus.http.limits.max-header-size})
     */
    public record Rules(String issuer, List<String> audiences, int skewSeconds, Duration maxLifetime,
            List<String> rolesClaims, int maxTokenLength) {
    }

    @Inject
    public TokenVerifier(McpConfig config, RevocationStore revocations, VerificationKeys keys,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int skewSeconds,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K") MemorySize maxHeader) {
        this(keys.resolver(), new Rules(issuer, audiences, skewSeconds, config.auth().maxTokenLifetime(),
                config.auth().rolesClaims(), (int) Math.min(Integer.MAX_VALUE, maxHeader.asLongValue())), revocations);
    }

    TokenVerifier(VerificationKeyResolver keys, Rules rules, RevocationStore revocations) {
        this.maxLifetimeSeconds = rules.maxLifetime().toSeconds();
        this.skewSeconds = Math.max(0, rules.skewSeconds());
        this.maxTokenLength = rules.maxTokenLength();
        this.revocations = revocations;
        VerificationKeyResolver checkedHeaders = (jws, nesting) -> {
            JoseHeaderRules.check(jws.getHeaders());
            return keys.resolveKey(jws, nesting);
        };
        this.consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        JwkChoice.ALGORITHMS.toArray(String[]::new))
                .setVerificationKeyResolver(checkedHeaders)
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(this.skewSeconds)
                .setIssuedAtRestrictions(this.skewSeconds, Integer.MAX_VALUE)
                .setExpectedIssuer(rules.issuer())
                .setExpectedAudience(rules.audiences().toArray(String[]::new))
                .registerValidator(new ClaimShapes(rules.rolesClaims()))
                .build();
    }

    /** A token that passed every check, and the key whose signature check it passed. */
    public record Verified(JsonWebToken token, Key key) {
    }

    /** The whole check, the compact syntax first. */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        TokenFailure malformed = CompactJws.problem(token, maxTokenLength);
        if (malformed != null) {
            throw new ParseException("The token is refused.", new TokenRefusedException(malformed));
        }
        JsonWebToken verified = verify(token).token();
        if (revocations.isRevoked(verified.getTokenID())) {
            throw new ParseException("The token is refused.", new RevokedTokenException());
        }
        return verified;
    }

    /** The longest token text accepted: the header size limit. */
    public int maxTokenLength() {
        return maxTokenLength;
    }

    /**
     * As {@link #parse(String)} for a token whose compact syntax has been checked already
     * ({@link CompactJws}), naming the key that verified the token (for the token cache).
     */
    public Verified verify(String token) throws ParseException {
        JwtClaims claims;
        Key key;
        try {
            JwtContext context = consumer.process(token);
            claims = context.getJwtClaims();
            key = context.getJoseObjects().get(0).getKey();
            checkLifetime(claims);
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
