package dev.securemcp.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real JWKS endpoint on a random loopback port for the life of a test profile; tests publish and
 * withdraw keys while the server under test runs. Keys are made per run, for tests only.
 */
public class JwksServer implements QuarkusTestResourceLifecycleManager {
    private static final List<JsonWebKey> KEYS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static volatile boolean failing;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
        server.createContext("/jwks", exchange -> {
            FETCHES.incrementAndGet();
            if (failing) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            byte[] body = new JsonWebKeySet(KEYS).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of("mp.jwt.verify.publickey.location",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Adds the public half of {@code pair} to the JWKS under {@code kid}, naming {@code alg} when not null. */
    public static void publish(KeyPair pair, String kid, String alg) {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(pair.getPublic());
            jwk.setKeyId(kid);
            if (alg != null) {
                jwk.setAlgorithm(alg);
            }
            KEYS.add(jwk);
        } catch (JoseException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Takes the key with this {@code kid} out of the JWKS. */
    public static void withdraw(String kid) {
        KEYS.removeIf(key -> kid.equals(key.getKeyId()));
    }

    /** While true, the endpoint answers 503 with no body, as an issuer that is down. */
    public static void failing(boolean fail) {
        failing = fail;
    }

    public static int fetches() {
        return FETCHES.get();
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    public static KeyPair ecP256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
