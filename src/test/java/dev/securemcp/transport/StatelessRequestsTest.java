package dev.securemcp.transport;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.McpTestClient;
import dev.securemcp.testing.StatelessTestClient;
import io.quarkus.test.junit.QuarkusTest;

/** Revision 2026-07-28 beside the session revisions: one stateless rule per test. */
@QuarkusTest
class StatelessRequestsTest {

    @Test
    void serverDiscoverAnswersWithoutInitialize() {
        StatelessTestClient.valid().call("server/discover", null, "").then().statusCode(200)
                .body("result.supportedVersions", hasItem("2026-07-28"))
                .body("result.capabilities.tools", notNullValue())
                .body("result.resultType", equalTo("complete"));
    }

    @Test
    void aRequestWithoutMetaIsInvalidParamsWithStatus400() {
        StatelessTestClient client = StatelessTestClient.valid();
        client.send(client.headers("tools/list", null), "tools/list", "{}").then().statusCode(400)
                .body("error.code", equalTo(-32602)).body("id", equalTo(1));
    }

    @Test
    void anMcpMethodHeaderThatDisagreesWithTheBodyIsAHeaderMismatch() {
        StatelessTestClient client = StatelessTestClient.valid();
        client.send(client.headers("prompts/list", null), "tools/list", StatelessTestClient.params(client.meta(), ""))
                .then().statusCode(400).body("error.code", equalTo(-32020));
    }

    @Test
    void anMcpNameHeaderThatDisagreesWithTheToolIsAHeaderMismatch() {
        StatelessTestClient client = StatelessTestClient.valid();
        client.send(client.headers("tools/call", "greet"), "tools/call",
                StatelessTestClient.params(client.meta(), "\"name\":\"whoami\"")).then().statusCode(400)
                .body("error.code", equalTo(-32020));
    }

    @Test
    void aProtocolVersionHeaderThatDisagreesWithMetaIsAHeaderMismatch() {
        StatelessTestClient client = StatelessTestClient.valid();
        client.send(client.headers("tools/list", null, "2099-01-01"), "tools/list",
                StatelessTestClient.params(client.meta(), "")).then().statusCode(400).body("error.code", equalTo(-32020));
    }

    @Test
    void anUnsupportedVersionNamesTheSupportedOnes() {
        StatelessTestClient client = StatelessTestClient.valid();
        String meta = "{\"io.modelcontextprotocol/protocolVersion\":\"2099-01-01\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
        client.send(client.headers("tools/list", null, "2099-01-01"), "tools/list",
                StatelessTestClient.params(meta, "")).then().statusCode(400)
                .body("error.code", equalTo(-32022))
                .body("error.data.supported", hasItem("2026-07-28"))
                .body("error.data.requested", equalTo("2099-01-01"));
    }

    @Test
    void anUnknownMethodIs404MethodNotFound() {
        StatelessTestClient.valid().call("unknown/method", null, "").then().statusCode(404)
                .body("error.code", equalTo(-32601)).body("id", equalTo(1));
    }

    @Test
    void pingIsGoneIn20260728() {
        StatelessTestClient.valid().call("ping", null, "").then().statusCode(404).body("error.code", equalTo(-32601));
    }

    @Test
    void anUnknownSessionOfASessionRevisionIsStill404SessionNotFound() {
        new McpTestClient(dev.securemcp.testing.TestTokens.valid()).request()
                .header("Mcp-Session-Id", "no-such-session").header("MCP-Protocol-Version", "2025-11-25")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}").post("/mcp")
                .then().statusCode(404).body("error.code", equalTo(-32001));
    }

    @Test
    void listResultsCarryCachingHints() {
        StatelessTestClient.valid().call("tools/list", null, "").then().statusCode(200)
                .body("result.ttlMs", equalTo(0)).body("result.cacheScope", equalTo("private"))
                .body("result.resultType", equalTo("complete"));
    }

    @Test
    void anUnknownResourceIsInvalidParamsNamingTheUri() {
        StatelessTestClient.valid().call("resources/read", "test://nothing-here", "\"uri\":\"test://nothing-here\"")
                .then().statusCode(200).body("error.code", equalTo(-32602))
                .body("error.data.uri", equalTo("test://nothing-here"));
    }

    @Test
    void askingForACapabilityTheRequestDidNotDeclareIs400MissingCapability() {
        StatelessTestClient.valid().declaring("{}").callTool("test_ask_user", "").then().statusCode(400)
                .body("error.code", equalTo(-32021))
                .body("error.data.requiredCapabilities.elicitation", notNullValue());
    }

    @Test
    void aToolSendsNoLogMessageWhenTheRequestNamesNoLogLevel() {
        StatelessTestClient.valid().callTool("test_log_once", "").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/json"))
                .body("result.content[0].text", equalTo("done"));
    }

    @Test
    void discoverOffersNoSubscriptionsInTheStatelessRevision() {
        StatelessTestClient.valid().call("server/discover", null, "").then().statusCode(200)
                .body("result.capabilities.resources.subscribe", org.hamcrest.Matchers.nullValue())
                .body("result.capabilities.logging", org.hamcrest.Matchers.nullValue());
    }
}
