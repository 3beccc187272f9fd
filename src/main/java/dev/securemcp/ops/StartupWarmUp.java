package dev.securemcp.ops;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;

import org.jose4j.jwa.AlgorithmFactoryFactory;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * When the server starts, a daemon thread does beside Quarkus's boot (on the other core) what the
 * first authenticated request would otherwise do first on the event loop: jose4j's algorithm
 * registry (it probes every JCA algorithm once), its compact-serialization and claims parsing, the
 * JCA's RSA, SHA-256 and random services, and Jackson's databind. It keeps nothing: what it leaves
 * behind is loaded and initialized classes. A failure only ends the warm-up; the request path meets
 * and reports its own.
 */
public final class StartupWarmUp {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private StartupWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(StartupWarmUp::run, "startup-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return whether every step ran (a step that stopped working would silently waste the warm-up) */
    static boolean run() {
        try {
            AlgorithmFactoryFactory.getInstance();
            KeyFactory.getInstance("RSA");
            Signature.getInstance("SHA256withRSA");
            MessageDigest.getInstance("SHA-256").digest(new byte[1]);
            new SecureRandom().nextBytes(new byte[16]);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(part("{\"typ\":\"JWT\",\"alg\":\"RS256\"}") + "."
                    + part("{\"sub\":\"warm-up\",\"exp\":1,\"aud\":[\"a\"]}") + ".AA");
            JwtClaims.parse(jws.getUnverifiedPayload()).getSubject();
            ObjectMapper json = new ObjectMapper();
            json.writeValueAsString(json.readTree("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}"));
            return true;
        } catch (Exception | LinkageError stopped) {
            return false;
        }
    }

    private static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
