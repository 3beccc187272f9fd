// Soak test client for secure-mcp: N minutes of authenticated MCP calls at a fixed rate from several
// subjects, with a share of hostile requests. Run with a JDK 17 (no build, no dependencies):
//   java bench/Soak.java --url http://localhost:8400/mcp --key /path/private.pem --minutes 10 \
//        --rate 50 --subjects 8 --hostile 0.2 --pid <server pid>
// It reports valid failures (must be 0), hostile requests that were not refused (must be 0), the
// latency of valid calls (p50, p99, max) and the server's resident memory at start and end.
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

public class Soak {
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    static final String ACCEPT = "application/json, text/event-stream";

    static String url = "http://localhost:8000/mcp";
    static String keyFile = "keys/private.pem";
    static String issuer = "http://localhost:8000";
    static String audience = "my-mcp-server";
    static double minutes = 10;
    static int rate = 50;
    static int subjects = 8;
    static double hostileShare = 0.2;
    static long pid = -1;

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    static final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    static final AtomicLong ids = new AtomicLong(1);

    record Client(String subject, String token, String session) {
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--key" -> keyFile = args[i + 1];
                case "--iss" -> issuer = args[i + 1];
                case "--aud" -> audience = args[i + 1];
                case "--minutes" -> minutes = Double.parseDouble(args[i + 1]);
                case "--rate" -> rate = Integer.parseInt(args[i + 1]);
                case "--subjects" -> subjects = Integer.parseInt(args[i + 1]);
                case "--hostile" -> hostileShare = Double.parseDouble(args[i + 1]);
                case "--pid" -> pid = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PrivateKey key = readKey(Path.of(keyFile));
        long ttl = (long) (minutes * 60) + 600;
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            String subject = "soak-" + i + "@example.org";
            String token = token(key, subject, ttl, 0);
            clients.add(new Client(subject, token, initialize(token)));
        }
        Map<String, String> hostileTokens = new HashMap<>();
        hostileTokens.put("expired", token(key, "soak-expired@example.org", -3600, 0));
        hostileTokens.put("wrong-issuer", token(key, "soak@example.org", ttl, 1));
        String good = clients.get(0).token();
        hostileTokens.put("bad-signature", good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA"));

        long rssStart = rssKb();
        System.out.printf("soak: %s, %d subjects, %d req/s, %.0f%% hostile, %.1f min; server RSS at start %d MB%n",
                url, subjects, rate, hostileShare * 100, minutes, rssStart / 1024);
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
        Semaphore inFlight = new Semaphore(256);
        Random random = new Random(42);
        long totalRequests = (long) (minutes * 60 * rate);
        AtomicLong sent = new AtomicLong();
        long started = System.nanoTime();
        long periodMicros = 1_000_000L / rate;
        ticker.scheduleAtFixedRate(() -> {
            if (sent.get() >= totalRequests) {
                return;
            }
            sent.incrementAndGet();
            Client client = clients.get(random.nextInt(clients.size()));
            boolean hostile = random.nextDouble() < hostileShare;
            int pick = random.nextInt(100);
            if (!inFlight.tryAcquire()) {
                count("skipped (256 in flight)");
                return;
            }
            try {
                if (hostile) {
                    hostile(client, hostileTokens, pick).whenComplete((r, e) -> inFlight.release());
                } else {
                    valid(client, pick).whenComplete((r, e) -> inFlight.release());
                }
            } catch (RuntimeException failed) {
                inFlight.release();
                unexpected.add("client fault " + failed);
            }
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        List<Long> rssSamples = new ArrayList<>();
        while (sent.get() < totalRequests) {
            Thread.sleep(30_000);
            long rss = rssKb();
            rssSamples.add(rss);
            System.out.printf("  %5.1f min: sent %d, unexpected %d, RSS %d MB%n",
                    (System.nanoTime() - started) / 6e10, sent.get(), unexpected.size(), rss / 1024);
        }
        ticker.shutdown();
        inFlight.acquire(256);
        long rssEnd = rssKb();
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        System.out.println("soak results");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %-48s %d%n", e.getKey(), e.getValue().sum()));
        System.out.printf("  valid calls: %d, latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.size(),
                pct(sorted, 0.50), pct(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
        System.out.printf("  server RSS: start %d MB, end %d MB, samples (MB) %s%n", rssStart / 1024, rssEnd / 1024,
                rssSamples.stream().map(kb -> String.valueOf(kb / 1024)).toList());
        System.out.printf("  UNEXPECTED: %d%n", unexpected.size());
        unexpected.stream().limit(20).forEach(u -> System.out.println("    " + u));
        System.exit(unexpected.isEmpty() ? 0 : 1);
    }

    static java.util.concurrent.CompletableFuture<Void> valid(Client client, int pick) {
        long id = ids.getAndIncrement();
        String name = "n" + id;
        String body;
        String expect;
        String kind;
        if (pick < 70) {
            kind = "valid tools/call greet";
            body = request(id, "tools/call", "{\"name\":\"greet\",\"arguments\":{\"name\":\"" + name + "\"}}");
            expect = "Hello, " + name + "! Your userid is " + client.subject() + ".";
        } else if (pick < 90) {
            kind = "valid tools/list";
            body = request(id, "tools/list", "{}");
            expect = "\"greet\"";
        } else {
            kind = "valid ping";
            body = request(id, "ping", "{}");
            expect = "\"result\":{}";
        }
        long started = System.nanoTime();
        return HTTP.sendAsync(post(client.token(), client.session(), body).build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    long micros = (System.nanoTime() - started) / 1000;
                    if (failure != null) {
                        unexpected.add(kind + ": " + failure);
                    } else if (response.statusCode() != 200 || !response.body().contains(expect)
                            || response.body().contains("\"error\"")) {
                        unexpected.add(kind + ": HTTP " + response.statusCode() + " " + cut(response.body()));
                    } else {
                        latenciesMicros.add(micros);
                        count(kind + " ok");
                    }
                    return null;
                });
    }

    static java.util.concurrent.CompletableFuture<Void> hostile(Client client, Map<String, String> tokens, int pick) {
        long id = ids.getAndIncrement();
        String greet = request(id, "tools/call", "{\"name\":\"greet\",\"arguments\":{\"name\":\"x\"}}");
        HttpRequest.Builder request;
        String kind;
        switch (pick % 10) {
            case 0 -> { kind = "hostile expired token"; request = post(tokens.get("expired"), client.session(), greet); }
            case 1 -> { kind = "hostile wrong issuer"; request = post(tokens.get("wrong-issuer"), client.session(), greet); }
            case 2 -> { kind = "hostile bad signature"; request = post(tokens.get("bad-signature"), client.session(), greet); }
            case 3 -> { kind = "hostile no token"; request = post(null, client.session(), greet); }
            case 4 -> { kind = "hostile not JSON"; request = post(client.token(), client.session(), "{\"jsonrpc\":\"2.0\",\"id\":1,"); }
            case 5 -> { kind = "hostile deep JSON"; request = post(client.token(), client.session(), "[".repeat(5000) + "]".repeat(5000)); }
            case 6 -> { kind = "hostile unknown session"; request = post(client.token(), "forged-" + id, greet); }
            case 7 -> { kind = "hostile foreign origin"; request = post(client.token(), client.session(), greet).header("Origin", "http://evil.example"); }
            case 8 -> { kind = "hostile unknown tool"; request = post(client.token(), client.session(), request(id, "tools/call", "{\"name\":\"rm -rf\",\"arguments\":{}}")); }
            default -> { kind = "hostile oversized body"; request = post(client.token(), client.session(), "{\"x\":\"" + "a".repeat(1_100_000) + "\"}"); }
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                if (kind.contains("oversized")) {
                    count(kind + " refused (connection closed)");
                } else {
                    unexpected.add(kind + ": " + failure);
                }
            } else if (response.statusCode() >= 500) {
                unexpected.add(kind + ": HTTP " + response.statusCode());
            } else if (response.statusCode() >= 400 || response.body().contains("\"error\"")) {
                count(kind + " refused " + response.statusCode());
            } else {
                unexpected.add(kind + " was accepted: HTTP " + response.statusCode() + " " + cut(response.body()));
            }
            return null;
        });
    }

    static String initialize(String token) throws Exception {
        HttpResponse<String> response = HTTP.send(post(token, null, request(0, "initialize",
                "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"soak\",\"version\":\"1\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String session = response.headers().firstValue("Mcp-Session-Id")
                .orElseThrow(() -> new IllegalStateException("initialize failed: " + response.statusCode() + " " + response.body()));
        HTTP.send(post(token, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").build(),
                HttpResponse.BodyHandlers.discarding());
        return session;
    }

    static HttpRequest.Builder post(String token, String session, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (session != null) {
            request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25");
        }
        return request;
    }

    static String request(long id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    /** An RS256 JWT; {@code variant} 1 names another issuer. */
    static String token(PrivateKey key, String subject, long ttlSeconds, int variant) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        long iat = ttlSeconds < 0 ? now + ttlSeconds - 60 : now;
        String claims = "{\"iss\":\"" + (variant == 1 ? "https://evil.example" : issuer) + "\",\"aud\":\"" + audience
                + "\",\"sub\":\"" + subject + "\",\"scope\":\"read write\",\"iat\":" + iat + ",\"exp\":" + (now + ttlSeconds) + "}";
        String signingInput = B64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }

    static PrivateKey readKey(Path file) throws Exception {
        String pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    static long rssKb() {
        if (pid <= 0) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception unreadable) {
            return -1;
        }
        return -1;
    }

    static void count(String kind) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }

    static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
