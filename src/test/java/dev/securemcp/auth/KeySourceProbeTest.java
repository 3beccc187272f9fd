package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** The readiness probe of the key source, against real files and a real JWKS endpoint. */
class KeySourceProbeTest {
    // Generous: the failing cases fail at once (status, no keys, refused connection), only success could be slow.
    private final KeySourceProbe probe = new KeySourceProbe(Duration.ofSeconds(20));
    private HttpServer jwks;
    private volatile int status = 200;
    private volatile String body;

    @TempDir
    Path dir;

    private static String publicPem() throws Exception {
        try (InputStream in = KeySourceProbeTest.class.getClassLoader().getResourceAsStream("test-keys/public.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @BeforeEach
    void serveJwks() throws Exception {
        String pem = publicPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        RsaJsonWebKey jwk = new RsaJsonWebKey(key);
        jwk.setKeyId("test");
        body = new JsonWebKeySet(jwk).toJson();
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jwks.createContext("/jwks", exchange -> {
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        jwks.start();
    }

    @AfterEach
    void stop() {
        jwks.stop(0);
    }

    private String jwksUrl() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks";
    }

    @Test
    void aReadablePemFileIsUsable() throws Exception {
        Path file = Files.writeString(dir.resolve("public.pem"), publicPem());
        assertEquals(Optional.empty(), probe.problem(file.toString()));
    }

    @Test
    void aMissingFileIsNot() {
        assertTrue(probe.problem(dir.resolve("absent.pem").toString()).isPresent());
    }

    @Test
    void aFileWithoutAKeyIsNot() throws Exception {
        Path file = Files.writeString(dir.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n");
        assertTrue(probe.problem(file.toString()).isPresent());
    }

    @Test
    void aJwksUrlWithAKeyIsUsable() {
        assertEquals(Optional.empty(), probe.problem(jwksUrl()));
    }

    @Test
    void aJwksUrlThatFailsIsNot() {
        status = 503;
        assertTrue(probe.problem(jwksUrl()).orElse("").contains("cannot be read"));
    }

    @Test
    void aJwksUrlWithoutKeysIsNot() {
        body = "{\"keys\":[]}";
        assertTrue(probe.problem(jwksUrl()).isPresent());
    }

    @Test
    void anUnreachableJwksUrlIsNot() {
        String url = jwksUrl();
        jwks.stop(0);
        assertTrue(probe.problem(url).isPresent());
    }
}
