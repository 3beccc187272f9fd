package dev.securemcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.testing.ServerProcess;
import dev.securemcp.testing.TestTokens;

/**
 * A stateless request needs no server memory between requests: the rounds of one input-required
 * exchange go to two separate server processes (the packaged jar) that share nothing but the
 * state secret, as behind a plain load balancer without affinity.
 */
class StatelessReplicasIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private static final String TOOL = "test_input_required_result_elicitation";
    private static final List<ServerProcess> SERVERS = new ArrayList<>();
    private static URI first;
    private static URI second;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String shared = Base64.getEncoder().encodeToString(secret);
        first = start(shared);
        second = start(shared);
    }

    @AfterAll
    static void stop() {
        SERVERS.forEach(ServerProcess::stop);
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
        HttpRequest request = HttpRequest.newBuilder(server).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", "tools/call")
                .header("Mcp-Name", TOOL)
                .build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** A replica on a port of its own choosing (port 0: no race with other processes for a "free" port). */
    private static URI start(String secret) throws Exception {
        ServerProcess replica = new ServerProcess();
        SERVERS.add(replica);
        replica.startIn(ServerProcess.workDirWithTestKeys(), "-Dmcp.conformance.enabled=true", "-Dmcp.state.secret=" + secret);
        return URI.create(replica.mcpUrl());
    }
}
