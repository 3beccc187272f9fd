package dev.securemcp.auth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/**
 * The cost of turning a bearer token into a verified JsonWebToken: the server's full check
 * ({@link TokenVerifier}: parse, RS256 signature, claims, lifetime, revocation), smallrye-jwt's own
 * parser for reference, a hit in {@link VerifiedTokenCache} (SHA-256 of the token, one map
 * lookup, the exp check: all a repeated token costs), and the compact-syntax scan that a token not in
 * the cache gets before anything decodes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenVerificationBenchmark {
    private DefaultJWTParser parser;
    private TokenVerifier verifier;
    private VerifiedTokenCache cache;
    private String token;

    @Setup
    public void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("http://localhost:8000");
        claims.setAudience("my-mcp-server");
        claims.setSubject("hello@world.com");
        claims.setClaim("scope", "read write");
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(keys.getPrivate());
        token = jws.getCompactSerialization();

        JWTAuthContextInfo context = new JWTAuthContextInfo(keys.getPublic(), "http://localhost:8000");
        context.setExpectedAudience(Set.of("my-mcp-server"));
        parser = new DefaultJWTParser(context);
        RevocationStore noneRevoked = new RevocationStore() {
            @Override
            public boolean isRevoked(String jti) {
                return false;
            }

            @Override
            public boolean revoke(String jti) {
                throw new UnsupportedOperationException();
            }
        };
        verifier = new TokenVerifier((signature, nesting) -> keys.getPublic(), new TokenVerifier.Rules(
                "http://localhost:8000", List.of("my-mcp-server"), 60, Duration.ofHours(24), List.of("groups", "roles"),
                16384), noneRevoked);
        cache = new VerifiedTokenCache(10_000, System::currentTimeMillis);
        JsonWebToken verified = parser.parse(token);
        cache.put(token, verified, Set.of(), KeyStanding.PERMANENT, cache.generation());
    }

    @Benchmark
    public JsonWebToken fullVerification() throws Exception {
        return verifier.parse(token);
    }

    @Benchmark
    public JsonWebToken smallryeParser() throws Exception {
        return parser.parse(token);
    }

    /** A repeated token: the cache hit (only scanned strings enter the cache, so a hit is not scanned again). */
    @Benchmark
    public VerifiedTokenCache.Verified cacheHit() {
        return cache.find(token);
    }

    /** The compact-syntax scan alone ({@link CompactJws}). */
    @Benchmark
    public TokenFailure syntaxScan() {
        return CompactJws.problem(token, 16384);
    }
}
