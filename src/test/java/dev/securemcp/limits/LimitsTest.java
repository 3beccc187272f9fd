package dev.securemcp.limits;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Each explicit limit, reached with {@link SmallLimits}; the SPEC.md key is named on each test. */
@QuarkusTest
@TestProfile(SmallLimits.class)
class LimitsTest {

    @TestHTTPResource("/mcp")
    URL endpoint;

    @AfterEach
    void releaseStuckTools() {
        LimitTestTools.releaseStubborn = true;
    }

    private static McpTestClient session(String subject) {
        McpTestClient client = new McpTestClient(TestTokens.with("sub", subject));
        client.initialize("2025-11-25").then().statusCode(200);
        return client;
    }

    /** quarkus.http.limits.max-body-size */
    @Test
    void aBodyOverTheSizeLimitGets413() throws Exception {
        McpTestClient client = session("body@example.org");
        client.callTool("greet", "{\"name\":\"" + "x".repeat(900) + "\"}").then().statusCode(200);
        // The server answers 413 as soon as it sees the length and closes the connection: a client still
        // writing the body could see a broken pipe instead of the answer, so this one asks first (100-continue).
        HttpRequest oversized = HttpRequest.newBuilder(URI.create(endpoint.toString()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"pad\":\"" + "x".repeat(11 * 1024) + "\"}"))
                .header("Authorization", "Bearer " + client.token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Mcp-Session-Id", client.sessionId())
                .header("MCP-Protocol-Version", "2025-11-25")
                .expectContinue(true)
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(oversized, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode());
    }

    /** mcp.json.max-depth */
    @Test
    void jsonNestedDeeperThanTheLimitIsAParseError() {
        McpTestClient client = session("depth@example.org");
        // The message, params and arguments are three levels already.
        String nested = "[".repeat(12) + "]".repeat(12);
        client.callTool("greet", "{\"name\":\"ok\",\"extra\":" + nested + "}").then().statusCode(200)
                .body("result.isError", equalTo(false));
        String tooDeep = "[".repeat(40) + "]".repeat(40);
        client.callTool("greet", "{\"name\":\"ok\",\"extra\":" + tooDeep + "}").then().statusCode(400)
                .body("error.code", equalTo(ErrorCode.PARSE_ERROR))
                .body("error.message", containsString("nested too deeply"));
    }

    /** mcp.json.max-string-length */
    @Test
    void aStringLongerThanTheLimitIsAParseError() {
        McpTestClient client = session("string@example.org");
        client.callTool("greet", "{\"name\":\"" + "y".repeat(990) + "\"}").then().statusCode(200)
                .body("result.isError", equalTo(false));
        client.callTool("greet", "{\"name\":\"" + "y".repeat(1001) + "\"}").then().statusCode(400)
                .body("error.code", equalTo(ErrorCode.PARSE_ERROR))
                .body("error.message", containsString("too long"));
    }

    /** mcp.session.max-per-subject */
    @Test
    void pastTheSessionsPerSubjectTheOldestIdleOneEnds() {
        McpTestClient first = session("many@example.org");
        McpTestClient second = session("many@example.org");
        McpTestClient other = session("someone-else@example.org");
        first.call("ping", "{}").then().statusCode(200);
        McpTestClient third = session("many@example.org");
        second.call("ping", "{}").then().statusCode(404);
        first.call("ping", "{}").then().statusCode(200);
        third.call("ping", "{}").then().statusCode(200);
        other.call("ping", "{}").then().statusCode(200);
    }

    /** mcp.session.max-total */
    @Test
    void pastTheTotalSessionsTheOldestIdleOneEnds() {
        List<McpTestClient> clients = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            clients.add(session("total-" + i + "@example.org"));
        }
        clients.get(0).call("ping", "{}").then().statusCode(404);
        for (McpTestClient client : clients.subList(1, 7)) {
            client.call("ping", "{}").then().statusCode(200);
        }
    }

    /** mcp.sse.max-streams-per-session */
    @Test
    void pastTheStreamsPerSessionAStreamIsRefused() throws Exception {
        McpTestClient client = session("streams@example.org");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                HttpResponse<InputStream> stream = http.sendAsync(get(client), HttpResponse.BodyHandlers.ofInputStream())
                        .get(10, TimeUnit.SECONDS);
                assertEquals(200, stream.statusCode());
                open.add(stream);
            }
            HttpResponse<String> third = http.send(get(client), HttpResponse.BodyHandlers.ofString());
            assertEquals(429, third.statusCode());
            assertTrue(third.body().contains("Too many open streams"), third.body());
        } finally {
            client.session().delete("/mcp").then().statusCode(204);
            for (HttpResponse<InputStream> stream : open) {
                stream.body().close();
            }
        }
    }

    /** mcp.tool.timeout */
    @Test
    void aStuckToolEndsWithAnErrorResultAndIsInterrupted() throws Exception {
        LimitTestTools.interrupted = new CountDownLatch(1);
        long started = System.nanoTime();
        session("stuck@example.org").callTool("test_sleeper", "{}").then().statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content[0].text", containsString("did not finish"));
        // Far below the tool's 60 s sleep, far above the 3 s timeout: only the timeout can have ended it.
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30), "the call waited for the stuck tool");
        assertTrue(LimitTestTools.interrupted.await(30, TimeUnit.SECONDS), "the stuck tool was never interrupted");
    }

    /** mcp.tool.worker-threads, mcp.tool.max-queued-calls */
    @Test
    void aToolThatIgnoresInterruptionTiesUpOnlyItsOwnPool() throws Exception {
        LimitTestTools.releaseStubborn = false;
        McpTestClient client = session("stubborn@example.org");
        String token = TestTokens.with("sub", "stubborn@example.org");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // Four calls at once fit two workers and one queue place: one must be refused. The queued call
        // gives up its place when it times out (3 s), so on a machine slow enough to spread the four
        // calls over more than that, another round is sent: the two workers spin on, deaf to interruption.
        int busy = 0;
        for (int round = 0; round < 5 && busy == 0; round++) {
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(http.sendAsync(toolCall(client, token, "test_stubborn", 100 + 10 * round + i),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> call : calls) {
                String body = call.get(60, TimeUnit.SECONDS).body();
                assertTrue(body.contains("\"isError\":true"), body);
                busy += body.contains("is busy") ? 1 : 0;
            }
        }
        assertTrue(busy >= 1, "no call was refused: the tool's queue is not bounded");
        // Its two workers still spin, deaf to interruption; everything else still answers.
        long started = System.nanoTime();
        Response greet = client.callTool("greet", "{\"name\":\"still here\"}");
        greet.then().statusCode(200).body("result.content[0].text", containsString("Hello, still here!"));
        Response progress = client.callTool("test_progress", "{}");
        assertEquals(200, progress.statusCode());
        assertTrue(progress.asString().contains("\"isError\":false"), progress.asString());
        // Well under the 60 s the stubborn workers spin: the other tools did not wait for them.
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30), "other tools had to wait");
        client.callTool("test_stubborn", "{}").then().statusCode(200).body("result.isError", equalTo(true));
    }

    private HttpRequest get(McpTestClient client) {
        return HttpRequest.newBuilder(URI.create(endpoint.toString())).GET()
                .header("Authorization", "Bearer " + TestTokens.with("sub", "streams@example.org"))
                .header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", client.sessionId())
                .header("MCP-Protocol-Version", "2025-11-25")
                .timeout(Duration.ofSeconds(30)).build();
    }

    private HttpRequest toolCall(McpTestClient client, String token, String tool, int id) {
        return HttpRequest.newBuilder(URI.create(endpoint.toString()))
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":" + id
                        + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool + "\",\"arguments\":{}}}"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Mcp-Session-Id", client.sessionId())
                .header("MCP-Protocol-Version", "2025-11-25")
                .timeout(Duration.ofSeconds(30)).build();
    }
}
