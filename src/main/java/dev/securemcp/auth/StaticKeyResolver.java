package dev.securemcp.auth;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

import io.smallrye.jwt.util.ResourceUtils;

/** Keys read once from a PEM public key (RSA or EC) or a JWKS document in a file or on the classpath. */
final class StaticKeyResolver implements KeySource {
    private final List<JsonWebKey> keys;

    StaticKeyResolver(List<JsonWebKey> keys) {
        this.keys = List.copyOf(keys);
    }

    static StaticKeyResolver read(String location) throws IOException, GeneralSecurityException, JoseException {
        String text = ResourceUtils.readResource(location);
        if (text == null) {
            throw new IOException("No key at " + location);
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("{")) {
            return new StaticKeyResolver(new JsonWebKeySet(trimmed).getJsonWebKeys());
        }
        return new StaticKeyResolver(List.of(PublicJsonWebKey.Factory.newPublicJwk(decodePem(trimmed))));
    }

    static PublicKey decodePem(String pem) throws GeneralSecurityException {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (GeneralSecurityException notRsa) {
            return KeyFactory.getInstance("EC").generatePublic(spec);
        }
    }

    @Override
    public Key resolveKey(JsonWebSignature jws, List<JsonWebStructure> nesting) throws UnresolvableKeyException {
        Key key;
        try {
            key = JwkChoice.select(jws, keys);
        } catch (JoseException unreadable) {
            throw new UnresolvableKeyException("The token's header cannot be matched to a key.", unreadable);
        }
        if (key == null) {
            throw new UnresolvableKeyException("No configured key fits the token's kid and algorithm.");
        }
        return key;
    }

    /** Every key it resolved stays: the file is read once. */
    @Override
    public KeyStanding standing(Key key) {
        return KeyStanding.PERMANENT;
    }
}
