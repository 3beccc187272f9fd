package dev.securemcp.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.http.HttpServer;

/** HTTPS only (quarkus.http.ssl.*, insecure requests disabled), verified against the test certificate. */
@QuarkusTest
@TestProfile(TlsTest.HttpsOnly.class)
class TlsTest {

    public static class HttpsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.ssl.certificate.files", "test-tls/cert.pem",
                    "quarkus.http.ssl.certificate.key-files", "test-tls/key.pem",
                    "quarkus.http.insecure-requests", "disabled",
                    "quarkus.http.test-ssl-port", "0",
                    "mcp.resource-url", "https://localhost:8443/mcp");
        }
    }

    @Inject
    HttpServer server;

    private static HttpClient trustingTheTestCertificate() throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream cert = TlsTest.class.getClassLoader().getResourceAsStream("test-tls/cert.pem")) {
            trust.setCertificateEntry("test", CertificateFactory.getInstance("X.509").generateCertificate(cert));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).build();
    }

    private static HttpRequest initialize(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TestTokens.valid())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"))
                .build();
    }

    @Test
    void mcpAnswersOverVerifiedTls() throws Exception {
        HttpResponse<String> response = trustingTheTestCertificate()
                .send(initialize("https://localhost:" + server.getSecurePort() + "/mcp"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"protocolVersion\":\"2025-11-25\""), response.body());
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateCannotConnect() {
        assertThrows(javax.net.ssl.SSLHandshakeException.class, () -> HttpClient.newHttpClient()
                .send(initialize("https://localhost:" + server.getSecurePort() + "/mcp"), HttpResponse.BodyHandlers.ofString()));
    }
}
