package dev.securemcp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.keys.HmacKey;

/**
 * Tokens for tests, signed with the TEST-ONLY keys under src/test/resources/test-keys. Every bad
 * token differs from {@link #valid()} in exactly one thing.
 */
public final class TestTokens {
    public static final String ISSUER = "http://localhost:8000";
    public static final String AUDIENCE = "my-mcp-server";
    public static final String SUBJECT = "hello@world.com";

    private TestTokens() {
    }

    /** The seed's claims: an hour of life, scopes read and write. */
    public static Map<String, Object> claims() {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", SUBJECT);
        claims.put("scope", "read write");
        claims.put("scopes", List.of("read", "write"));
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        return claims;
    }

    public static String valid() {
        return sign(claims());
    }

    public static String with(String claim, Object value) {
        Map<String, Object> claims = claims();
        claims.put(claim, value);
        return sign(claims);
    }

    public static String without(String claim) {
        Map<String, Object> claims = claims();
        claims.remove(claim);
        return sign(claims);
    }

    public static String sign(Map<String, Object> claims) {
        return rs256(claims, privateKey("test-keys/private.pem"));
    }

    public static String signedByOtherKey() {
        return rs256(claims(), privateKey("test-keys/other-private.pem"));
    }

    /** An unsigned token, {@code "alg": "none"}. */
    public static String algNone() {
        JsonWebSignature jws = jws(claims());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        return serialize(jws);
    }

    /** HS256 keyed with the bytes of the server's public key: the classic key-confusion attack. */
    public static String hs256WithPublicKey() {
        JsonWebSignature jws = jws(claims());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(resource("test-keys/public.pem")));
        jws.setDoKeyValidation(false);
        return serialize(jws);
    }

    /** Signed with any key and algorithm, with a {@code kid} header when {@code kid} is not null. */
    public static String sign(Map<String, Object> claims, PrivateKey key, String algorithm, String kid) {
        JsonWebSignature jws = jws(claims);
        jws.setAlgorithmHeaderValue(algorithm);
        if (kid != null) {
            jws.setKeyIdHeaderValue(kid);
        }
        jws.setKey(key);
        return serialize(jws);
    }

    /** The default claims with a fresh random {@code jti} and the given scope. */
    public static Map<String, Object> claimsWithScope(String scope) {
        Map<String, Object> claims = claims();
        claims.put("scope", scope);
        claims.put("scopes", scope.isBlank() ? List.of() : List.of(scope.split(" ")));
        claims.put("jti", java.util.UUID.randomUUID().toString());
        return claims;
    }

    /**
     * The exact header and payload texts given, signed RS256 with the test key: for JSON that a JWT
     * library would refuse to write (duplicate member names, arrays, odd numbers).
     */
    public static String signRaw(String headerJson, String payloadJson) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = base64url.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + base64url.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey("test-keys/private.pem"));
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64url.encodeToString(rsa.sign());
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String rs256(Map<String, Object> claims, PrivateKey key) {
        JsonWebSignature jws = jws(claims);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key);
        return serialize(jws);
    }

    private static JsonWebSignature jws(Map<String, Object> claims) {
        JwtClaims jwtClaims = new JwtClaims();
        claims.forEach(jwtClaims::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setHeader("typ", "JWT");
        jws.setPayload(jwtClaims.toJson());
        return jws;
    }

    private static String serialize(JsonWebSignature jws) {
        try {
            return jws.getCompactSerialization();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    public static PrivateKey privateKey(String resource) {
        String pem = new String(resource(resource), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
