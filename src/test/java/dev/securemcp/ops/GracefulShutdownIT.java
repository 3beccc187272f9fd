package dev.securemcp.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.ServerProcess;
import dev.securemcp.testing.TestTokens;

/**
 * The packaged jar, stopped with SIGTERM while a client holds an SSE stream open: the stream ends
 * cleanly (a complete chunked body, no reset) and the process exits well before the shutdown
 * timeout, because open streams are ended first instead of being waited for.
 */
class GracefulShutdownIT {
    /** Long, so that a shutdown that waited for the open stream cannot be mistaken for a slow machine. */
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 120;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final ServerProcess server = new ServerProcess();

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sigtermEndsOpenStreamsCleanlyAndExitsPromptly() throws Exception {
        server.startIn(ServerProcess.workDirWithTestKeys(), "-Dquarkus.log.console.json.enabled=false",
                "-Dquarkus.shutdown.timeout=" + SHUTDOWN_TIMEOUT_SECONDS + "S");
        URI mcp = URI.create(server.mcpUrl());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(REQUEST_TIMEOUT).build();
        String token = TestTokens.valid();
        HttpResponse<String> initialize = http.send(HttpRequest.newBuilder(mcp).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String session = initialize.headers().firstValue("Mcp-Session-Id").orElseThrow();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(mcp).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());

        long stopping = System.nanoTime();
        server.process().destroy();
        // Read on another thread so that a server that never ends the stream fails the test instead of hanging it.
        CompletableFuture<byte[]> body = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream.body()) {
                return in.readAllBytes();
            } catch (java.io.IOException reset) {
                throw new UncheckedIOException(reset);
            }
        });
        // Half the shutdown timeout: a shutdown that waited for the stream would take all of it.
        int bound = SHUTDOWN_TIMEOUT_SECONDS / 2;
        assertTrue(server.process().waitFor(bound, TimeUnit.SECONDS), "the server did not exit within " + bound + " s");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopping);
        String text = new String(body.get(bound, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertTrue(text.startsWith(": stream open"), text);
        assertTrue(seconds < bound, "shutdown waited for the open stream: " + seconds + " s");
        assertTrue(server.log().contains("ended 1 open SSE streams"), server.log());
    }
}
