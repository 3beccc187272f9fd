package dev.securemcp.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Throws {@value #DEFAULT_COUNT}+ generated and mutated requests at the real /mcp endpoint. Every
 * answer must be a well-formed JSON-RPC message or an HTTP 4xx, never a 5xx, a hang or a Java class
 * name; every unmodified valid message must get its normal answer; the server must answer afterwards.
 * Replay a failure with {@code -Dfuzz.seed=<seed>} (and {@code -Dfuzz.count}).
 */
@QuarkusTest
class McpFuzzTest {
    private static final int DEFAULT_COUNT = 10_000;
    private static final long SEED = Long.getLong("fuzz.seed", 20_261_129L);
    private static final int COUNT = Integer.getInteger("fuzz.count", DEFAULT_COUNT);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** quarkus.http.limits.max-body-size */
    private static final int MAX_BODY = 1024 * 1024;
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|sun|io|org|com|dev)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]*|Exception\\b|\\tat ");

    @TestHTTPResource("/mcp")
    URL endpoint;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void hostileInputNeverBreaksTheServerAndValidInputStillWorks() throws Exception {
        McpTestClient modern = new McpTestClient(TestTokens.with("sub", "fuzz@example.org"));
        modern.initialize("2025-11-25");
        McpTestClient legacy = new McpTestClient(TestTokens.with("sub", "fuzz@example.org"));
        legacy.initialize("2025-03-26");
        String token = TestTokens.with("sub", "fuzz@example.org");
        FuzzGenerator generator = new FuzzGenerator(SEED,
                new FuzzGenerator.Session(token, modern.sessionId(), "2025-11-25"),
                new FuzzGenerator.Session(token, legacy.sessionId(), "2025-03-26"),
                TestTokens.with("sub", "fuzz-init@example.org"));

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        AtomicInteger validAnswered = new AtomicInteger();
        AtomicInteger validSent = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        long started = System.nanoTime();
        for (long i = 0; i < COUNT; i++) {
            long index = i;
            workers.submit(() -> {
                FuzzInput input = generator.input(index);
                try {
                    HttpResponse<byte[]> response = http.send(request(input), HttpResponse.BodyHandlers.ofByteArray());
                    statuses.computeIfAbsent(input.kind() + " " + response.statusCode(), k -> new LongAdder()).increment();
                    String problem = judge(input, response);
                    if (input.valid()) {
                        validSent.incrementAndGet();
                        if (problem == null) {
                            validAnswered.incrementAndGet();
                        }
                    }
                    if (problem != null) {
                        failures.add(problem + " <- " + input.describe());
                    }
                } catch (IllegalArgumentException unsendable) {
                    statuses.computeIfAbsent(input.kind() + " unsendable", k -> new LongAdder()).increment();
                } catch (java.io.IOException closed) {
                    if (input.body().length > MAX_BODY) {
                        // The server answers 413 as soon as the limit is passed and closes the
                        // connection; a client still sending may see the reset before the answer.
                        statuses.computeIfAbsent(input.kind() + " 413-or-closed", k -> new LongAdder()).increment();
                    } else {
                        failures.add("no answer (" + closed + ") <- " + input.describe());
                    }
                } catch (Exception failed) {
                    failures.add("no answer (" + failed + ") <- " + input.describe());
                }
            });
        }
        workers.shutdown();
        assertTrue(workers.awaitTermination(5, TimeUnit.MINUTES), "the fuzz run hung");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("Fuzz seed %d: %d inputs in %d s, %d valid; answers by kind and status: %s%n",
                SEED, COUNT, seconds, validSent.get(), new TreeMap<>(statuses));

        assertTrue(failures.isEmpty(), failures.size() + " bad answers (seed " + SEED + "), first: "
                + failures.subList(0, Math.min(10, failures.size())));
        assertTrue(validSent.get() >= COUNT / 10, "too few valid inputs to prove anything: " + validSent.get());
        assertEquals(validSent.get(), validAnswered.get(), "valid inputs that were not answered normally");
        McpTestClient.connected().callTool("greet", "{\"name\":\"after\"}").then().statusCode(200);
    }

    private HttpRequest request(FuzzInput input) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.toString()))
                .timeout(Duration.ofSeconds(30))
                .method(input.httpMethod(), input.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(input.body()));
        input.headers().forEach(request::header);
        return request.build();
    }

    /** Null when the answer is acceptable for this input; else what is wrong with it. */
    private static String judge(FuzzInput input, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            return "HTTP " + status;
        }
        if (input.expect() == null && CLASS_NAME.matcher(body).find()) {
            return "a Java class name or stack trace leaked: " + cut(body);
        }
        if (input.valid()) {
            return judgeValid(input, status, body);
        }
        if (status >= 400) {
            return null;
        }
        if (status == 202) {
            return body.isEmpty() ? null : "202 with a body";
        }
        if (status != 200) {
            return "unexpected status " + status;
        }
        return wellFormed(response.headers().firstValue("Content-Type").orElse(""), body);
    }

    private static String judgeValid(FuzzInput input, int status, String body) {
        if (input.expect().isEmpty()) {
            return status == 202 ? null : "a valid notification got " + status;
        }
        if (status != 200) {
            return "a valid request got " + status + ": " + cut(body);
        }
        if (body.contains("\"error\"") || !body.contains(input.expect())) {
            return "a valid request was not answered normally: " + cut(body);
        }
        return null;
    }

    /** Every message in a JSON or SSE body is a JSON-RPC 2.0 response, or a notification on a stream. */
    private static String wellFormed(String contentType, String body) {
        List<String> messages = new ArrayList<>();
        if (contentType.startsWith("text/event-stream")) {
            for (String line : body.split("\n")) {
                if (line.startsWith("data: ")) {
                    messages.add(line.substring(6));
                }
            }
            if (messages.isEmpty()) {
                return "an event stream without messages";
            }
        } else if (contentType.startsWith("application/json")) {
            messages.add(body);
        } else {
            return "200 with content type " + contentType;
        }
        for (String text : messages) {
            try {
                JsonNode node = MAPPER.readTree(text);
                for (JsonNode message : node.isArray() ? node : List.of(node)) {
                    String problem = jsonRpc(message);
                    if (problem != null) {
                        return problem + ": " + cut(text);
                    }
                }
            } catch (Exception unreadable) {
                return "an answer that is not JSON: " + cut(text);
            }
        }
        return null;
    }

    private static String jsonRpc(JsonNode message) {
        if (!"2.0".equals(message.path("jsonrpc").textValue())) {
            return "no jsonrpc 2.0";
        }
        if (message.has("method")) {
            return message.get("method").isTextual() && !message.has("id") ? null : "a malformed notification";
        }
        if (!message.has("id")) {
            return "a response without id";
        }
        if (message.has("result") == message.has("error")) {
            return "a response needs exactly one of result and error";
        }
        JsonNode error = message.get("error");
        if (error != null && (!error.path("code").isInt() || !error.path("message").isTextual())) {
            return "an error without integer code and message";
        }
        return null;
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
