package dev.securemcp.tools.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.testing.ManyToolWorkersProfile;
import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.StatelessTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code @Inject JsonWebToken} and {@code SecurityIdentity} in a tool bean name the caller of the
 * current request, never another's: 120 calls from four subjects, all held in flight together by
 * a gate inside the tool, on the event loop and on the tool pool, in a session and statelessly.
 */
@QuarkusTest
@TestProfile(ManyToolWorkersProfile.class)
class InjectedIdentityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CALLS = 120;
    private static final List<String> SUBJECTS = List.of("ann@example.org", "bob@example.org", "cy@example.org",
            "dee@example.org");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TestHTTPResource("/mcp")
    URI mcp;

    @Test
    void onTheEventLoopInASession() throws Exception {
        round("test_whose_token_loop", true);
    }

    @Test
    void onTheToolPoolInASession() throws Exception {
        round("test_whose_token_pool", true);
    }

    @Test
    void onTheEventLoopStatelessly() throws Exception {
        round("test_whose_token_loop", false);
    }

    @Test
    void onTheToolPoolStatelessly() throws Exception {
        round("test_whose_token_pool", false);
    }

    /** Sends all calls at once; each answer must name its own subject. */
    private void round(String tool, boolean inSession) throws Exception {
        String round = UUID.randomUUID().toString();
        List<String> tokens = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (String subject : SUBJECTS) {
            String token = TestTokens.with("sub", subject);
            tokens.add(token);
            if (inSession) {
                McpTestClient client = new McpTestClient(token);
                client.initialize("2025-11-25");
                sessions.add(client.sessionId());
            }
        }
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int call = 0; call < CALLS; call++) {
            int who = call % SUBJECTS.size();
            answers.add(HTTP.sendAsync(request(tool, round, tokens.get(who), inSession ? sessions.get(who) : null, call),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int call = 0; call < CALLS; call++) {
            HttpResponse<String> answer = answers.get(call).get(90, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode result = JSON.readTree(answer.body()).get("result");
            assertEquals(false, result.path("isError").asBoolean(true), answer.body());
            assertEquals(SUBJECTS.get(call % SUBJECTS.size()), result.at("/content/0/text").asText(), "call " + call);
        }
    }

    private HttpRequest request(String tool, String round, String token, String session, int id) {
        String arguments = "{\"round\":\"" + round + "\",\"expected\":" + CALLS + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(mcp).timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + token)
                .header("Accept", McpTestClient.ACCEPT)
                .header("Content-Type", "application/json");
        String params;
        if (session != null) {
            request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25");
            params = "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}";
        } else {
            request.header("MCP-Protocol-Version", StatelessTestClient.VERSION).header("Mcp-Method", "tools/call")
                    .header("Mcp-Name", tool);
            params = StatelessTestClient.params(StatelessTestClient.valid().meta(),
                    "\"name\":\"" + tool + "\",\"arguments\":" + arguments);
        }
        return request.POST(HttpRequest.BodyPublishers.ofString(
                "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":" + params + "}")).build();
    }
}
