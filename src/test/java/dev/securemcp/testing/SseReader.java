package dev.securemcp.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an SSE answer while it is still open, message by message: for tests where the client must
 * act in the middle of a stream (answer a server request, wait for a notification).
 */
public final class SseReader implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static final java.util.concurrent.Executor READERS = java.util.concurrent.Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "sse-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;
    private volatile java.util.stream.Stream<String> body;

    private SseReader(HttpRequest request) {
        response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        // Read on a thread of its own: the answer may already be there, and reading blocks until the stream ends.
        response.thenAcceptAsync(answer -> {
            body = answer.body();
            body.filter(line -> line.startsWith("data: ")).forEach(line -> {
                try {
                    messages.add(MAPPER.readTree(line.substring(6)));
                } catch (Exception unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            });
        }, READERS);
    }

    /** POSTs {@code body} in the client's session and reads the answer as it streams. */
    public static SseReader post(URI mcp, McpTestClient client, String body) {
        return new SseReader(base(mcp, client).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Opens the session's standalone GET stream. */
    public static SseReader get(URI mcp, McpTestClient client) {
        return new SseReader(base(mcp, client).header("Accept", "text/event-stream").GET().build());
    }

    private static HttpRequest.Builder base(URI mcp, McpTestClient client) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(mcp)
                .header("Authorization", "Bearer " + client.token())
                .header("Accept", McpTestClient.ACCEPT)
                .header("Mcp-Session-Id", client.sessionId());
        if (client.version() != null) {
            builder.header("MCP-Protocol-Version", client.version());
        }
        // Until the headers come; the body of a stream is read for as long as the test needs.
        return builder.timeout(Duration.ofSeconds(WAIT_SECONDS));
    }

    /** Generous: a wait only lasts this long when the message never comes, which fails the test anyway. */
    private static final long WAIT_SECONDS = 30;

    /** The next message that matches, skipping others; fails after {@value #WAIT_SECONDS} seconds. */
    public JsonNode next(Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            JsonNode message = messages.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && wanted.test(message)) {
                return message;
            }
        }
        assertNotNull(null, "no matching SSE message within " + WAIT_SECONDS + " seconds");
        return null;
    }

    /** The status once headers have come, waiting up to {@value #WAIT_SECONDS} seconds. */
    public int status() throws Exception {
        return response.get(WAIT_SECONDS, TimeUnit.SECONDS).statusCode();
    }

    public static Predicate<JsonNode> method(String name) {
        return message -> name.equals(message.path("method").asText());
    }

    public static Predicate<JsonNode> resultOf(int id) {
        return message -> message.path("id").asInt(-1) == id && (message.has("result") || message.has("error"));
    }

    @Override
    public void close() {
        response.cancel(true);
        if (body != null) {
            body.close();
        }
    }
}
