package dev.securemcp.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.TestTokens;

/**
 * The packaged jar, stopped with SIGTERM while a client holds an SSE stream open: the stream ends
 * cleanly (a complete chunked body, no reset) and the process exits well before the shutdown
 * timeout, because open streams are ended first instead of being waited for.
 */
class GracefulShutdownIT {
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private Process server;

    @AfterEach
    void kill() {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
        }
    }

    @Test
    void sigtermEndsOpenStreamsCleanlyAndExitsPromptly() throws Exception {
        Path log = Files.createTempFile("secure-mcp-shutdown", ".log");
        server = new ProcessBuilder("java", "-Dquarkus.http.port=0", "-Dquarkus.management.port=0",
                "-Dquarkus.log.console.json.enabled=false", "-Dquarkus.shutdown.timeout=30S",
                "-Dmp.jwt.verify.publickey.location=src/test/resources/test-keys/public.pem",
                "-jar", "target/quarkus-app/quarkus-run.jar", "serve")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int port = awaitPort(log);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = TestTokens.valid();
        HttpResponse<String> initialize = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mcp"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\","
                        + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String session = initialize.headers().firstValue("Mcp-Session-Id").orElseThrow();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mcp"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());

        long stopping = System.nanoTime();
        server.destroy();
        byte[] body = stream.body().readAllBytes();
        assertTrue(server.waitFor(25, TimeUnit.SECONDS), "the server did not exit");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopping);
        assertTrue(new String(body, StandardCharsets.UTF_8).startsWith(": stream open"));
        assertTrue(seconds < 15, "shutdown waited for the open stream: " + seconds + " s");
        assertTrue(Files.readString(log).contains("ended 1 open SSE streams"), Files.readString(log));
    }

    private static int awaitPort(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start: " + Files.readString(log));
    }
}
