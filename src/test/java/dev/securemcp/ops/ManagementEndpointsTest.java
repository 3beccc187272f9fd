package dev.securemcp.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.test.junit.QuarkusTest;

/** Health and metrics answer on the management port, without a token, and reflect real traffic. */
@QuarkusTest
class ManagementEndpointsTest {

    @Inject
    HttpServer server;

    private String management(String path) {
        return "http://localhost:" + server.getManagementPort() + path;
    }

    private String metrics() {
        return given().get(management("/q/metrics")).then().statusCode(200).extract().asString();
    }

    /** The value of the first sample line matching {@code name{...labels...}}, or -1 when absent. */
    private static double sample(String metrics, String name, String... labels) {
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return -1;
    }

    @Test
    void readinessIsUpWithTheKeySourceCheckAndNeedsNoToken() {
        given().get(management("/q/health/ready")).then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("token-verification-key"));
    }

    @Test
    void livenessIsUp() {
        given().get(management("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void healthAndMetricsAreNotOnTheMcpPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void requestsAreCountedByMethodToolAndOutcomeWithLatencyBuckets() {
        String[] greetOk = { "method=\"tools/call\"", "tool=\"greet\"", "outcome=\"ok\"" };
        double before = Math.max(0, sample(metrics(), "mcp_requests_seconds_count", greetOk));
        McpTestClient client = McpTestClient.connected();
        client.callTool("greet", "{\"name\":\"A\"}").then().statusCode(200);
        client.callTool("greet", "{\"name\":\"B\"}").then().statusCode(200);
        client.call("no/such/method", "{}").then().statusCode(200);
        String after = metrics();
        assertTrue(sample(after, "mcp_requests_seconds_count", greetOk) >= before + 2, after);
        assertTrue(sample(after, "mcp_requests_seconds_bucket", greetOk) >= 0, "no latency histogram buckets");
        assertTrue(sample(after, "mcp_requests_seconds_count", "method=\"other\"", "outcome=\"error:-32601\"") >= 1,
                "an unknown method is counted as other, never under its own name");
        assertTrue(!after.contains("no/such/method"), "a client-chosen method name became a label");
    }

    @Test
    void authenticationFailuresAreCountedByKind() {
        double before = Math.max(0, sample(metrics(), "mcp_auth_failures_total", "kind=\"expired\""));
        long past = System.currentTimeMillis() / 1000 - 7200;
        var claims = TestTokens.claims();
        claims.put("iat", past - 60);
        claims.put("exp", past);
        new McpTestClient(TestTokens.sign(claims)).initialize("2025-11-25").then().statusCode(401);
        assertTrue(sample(metrics(), "mcp_auth_failures_total", "kind=\"expired\"") >= before + 1);
    }

    @Test
    void openSessionsAndStreamsAreGauged() {
        McpTestClient.connected();
        String metrics = metrics();
        assertTrue(sample(metrics, "mcp_sessions_open") >= 1, metrics);
        assertTrue(sample(metrics, "mcp_sse_streams_open") >= 0, metrics);
    }

    @Test
    void everyMcpAnswerCarriesItsRequestId() {
        Matcher id = Pattern.compile("[0-9a-f]{16}").matcher(
                McpTestClient.connected().callTool("greet", "{\"name\":\"A\"}").then()
                        .header("X-Request-Id", containsString("")).extract().header("X-Request-Id"));
        assertTrue(id.matches());
    }
}
