import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * The benchmark's helper, run as a single source file (java bench/BenchClient.java ...), with the
 * throwaway key pair that load.sh generates. Needs nothing but the JDK.
 *
 *   mint KEY.pem SUBJECT                  prints one RS256 token (the seed's claims, two hours of life)
 *   sessions URL KEY.pem COUNT OUT        mints COUNT tokens (subjects agent-0 ...), opens one MCP
 *                                         session per token, writes "token session subject" lines
 *   profile PID LIBRARY OPTIONS           loads async-profiler (LIBRARY) into the running JVM PID with
 *                                         OPTIONS ("start,event=cpu", "stop,file=...")
 */
public class BenchClient {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "mint" -> System.out.println(mint(key(Path.of(args[1])), args[2]));
            case "sessions" -> sessions(URI.create(args[1]), key(Path.of(args[2])), Integer.parseInt(args[3]), Path.of(args[4]));
            case "profile" -> profile(args[1], args[2], args[3]);
            default -> {
                System.err.println("usage: mint KEY SUBJECT | sessions URL KEY COUNT OUT | profile PID LIBRARY OPTIONS");
                System.exit(2);
            }
        }
    }

    /** The JDK's attach API: no jcmd quoting, and the agent's own error comes back as an exception. */
    static void profile(String pid, String library, String options) throws Exception {
        com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(pid);
        try {
            vm.loadAgentPath(library, options);
        } finally {
            vm.detach();
        }
    }

    static PrivateKey key(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    static String mint(PrivateKey key, String subject) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"typ\":\"JWT\",\"alg\":\"RS256\"}";
        String claims = "{\"iss\":\"http://localhost:8000\",\"aud\":\"my-mcp-server\",\"sub\":\"" + subject
                + "\",\"scope\":\"read write\",\"scopes\":[\"read\",\"write\"],\"jti\":\"" + UUID.randomUUID()
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 7200) + "}";
        String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }

    static void sessions(URI url, PrivateKey key, int count, Path out) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<String>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String subject = "agent-" + i;
            String token = mint(key, subject);
            inFlight.acquire();
            lines.add(open(client, url, token).thenApply(session -> token + " " + session + " " + subject)
                    .whenComplete((line, failure) -> inFlight.release()));
        }
        List<String> written = new ArrayList<>();
        for (CompletableFuture<String> line : lines) {
            written.add(line.join());
        }
        Files.write(out, written);
    }

    private static CompletableFuture<String> open(HttpClient client, URI url, String token) {
        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";
        return client.sendAsync(post(url, token, null, initialize), HttpResponse.BodyHandlers.ofString())
                .thenCompose(response -> {
                    String session = response.headers().firstValue("Mcp-Session-Id").orElse(null);
                    if (response.statusCode() != 200 || session == null) {
                        throw new IllegalStateException("initialize answered " + response.statusCode() + ": " + response.body());
                    }
                    return client.sendAsync(post(url, token, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"),
                            HttpResponse.BodyHandlers.discarding()).thenApply(ignored -> session);
                });
    }

    private static HttpRequest post(URI url, String token, String session, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, text/event-stream")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25");
        }
        return request.build();
    }
}
