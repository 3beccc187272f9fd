package dev.securemcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.testing.TestTokens;

/**
 * A stateless request needs no server memory between requests: the rounds of one input-required
 * exchange go to two separate server processes (the packaged jar) that share nothing but the
 * state secret, as behind a plain load balancer without affinity.
 */
class StatelessReplicasIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOOL = "test_input_required_result_elicitation";
    private static final List<Process> SERVERS = new ArrayList<>();
    private static URI first;
    private static URI second;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String shared = Base64.getEncoder().encodeToString(secret);
        first = start("a", shared);
        second = start("b", shared);
    }

    @AfterAll
    static void stop() {
        SERVERS.forEach(Process::destroy);
    }

    @Test
    void theSecondRoundIsAnsweredByAnotherReplica() throws Exception {
        String state = firstRound(TestTokens.valid());
        JsonNode done = call(second, TestTokens.valid(), answer(state));
        assertEquals("complete", done.at("/result/resultType").asText(), done.toString());
        assertEquals("Hello, Ada!", done.at("/result/content/0/text").asText());
    }

    @Test
    void anotherSubjectReplayingTheStateAtAnotherReplicaIsRefused() throws Exception {
        String state = firstRound(TestTokens.valid());
        JsonNode refused = call(second, TestTokens.with("sub", "mallory@example.com"), answer(state));
        assertEquals(-32602, refused.at("/error/code").asInt(), refused.toString());
        assertEquals("Invalid requestState: it was issued to another caller.", refused.at("/error/message").asText());
    }

    private static String firstRound(String token) throws Exception {
        JsonNode asked = call(first, token, "{\"name\":\"" + TOOL + "\",\"arguments\":{}");
        assertEquals("input_required", asked.at("/result/resultType").asText(), asked.toString());
        return asked.at("/result/requestState").asText();
    }

    private static String answer(String state) {
        return "{\"name\":\"" + TOOL + "\",\"arguments\":{},\"requestState\":\"" + state + "\","
                + "\"inputResponses\":{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}";
    }

    /** A stateless tools/call; {@code params} is the params object text without its closing brace. */
    private static JsonNode call(URI server, String token, String params) throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":" + params
                + ",\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{\"elicitation\":{}}}}}";
        HttpRequest request = HttpRequest.newBuilder(server).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", "tools/call")
                .header("Mcp-Name", TOOL)
                .build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static URI start(String name, String secret) throws Exception {
        int port = freePort();
        Path dir = Files.createDirectories(Path.of("target", "replica-" + name));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + freePort(),
                "-Dmcp.conformance.enabled=true",
                "-Dmcp.state.secret=" + secret,
                "-Dmp.jwt.verify.publickey.location=" + Path.of("src/test/resources/test-keys/public.pem").toAbsolutePath(),
                "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
        Process server = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        SERVERS.add(server);
        for (int i = 0; i < 240 && !listening(port); i++) {
            assertTrue(server.isAlive(), "replica " + name + " stopped: see " + dir.resolve("server.log"));
            Thread.sleep(250);
        }
        assertTrue(listening(port), "replica " + name + " did not start: see " + dir.resolve("server.log"));
        return URI.create("http://127.0.0.1:" + port + "/mcp");
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
