package dev.securemcp.auth;

import java.security.Key;
import java.util.Collection;
import java.util.Set;

import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * Picks the key that verifies a token, and only where the key says the token's algorithm is right
 * for it: an RSA key verifies RS256, RS384 and RS512; a P-256 key verifies ES256; a key that names
 * its {@code alg} verifies only that one.
 */
final class JwkChoice {
    /** Every algorithm this server accepts: never {@code none}, never HMAC. */
    static final Set<String> ALGORITHMS = Set.of(AlgorithmIdentifiers.RSA_USING_SHA256,
            AlgorithmIdentifiers.RSA_USING_SHA384, AlgorithmIdentifiers.RSA_USING_SHA512,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);

    private static final VerificationJwkSelector SELECTOR = new VerificationJwkSelector();

    private JwkChoice() {
    }

    /** The matching key, or null when none in {@code keys} fits the token's kid and algorithm. */
    static Key select(JsonWebSignature jws, Collection<JsonWebKey> keys) throws JoseException {
        String algorithm = jws.getAlgorithmHeaderValue();
        if (!ALGORITHMS.contains(algorithm)) {
            return null;
        }
        JsonWebKey key = SELECTOR.select(jws, keys);
        return key != null && fits(key, algorithm) ? key.getKey() : null;
    }

    static boolean fits(JsonWebKey key, String algorithm) {
        if (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm)) {
            return false;
        }
        if (key instanceof RsaJsonWebKey) {
            return algorithm.startsWith("RS");
        }
        if (key instanceof EllipticCurveJsonWebKey ec) {
            return algorithm.equals(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                    && EllipticCurves.P_256.equals(ec.getCurveName());
        }
        return false;
    }
}
