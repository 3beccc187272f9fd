package dev.securemcp.features;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.StatelessTestClient;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The tool that asks over a session's SSE stream (ClientRequestsTest) asks a stateless client with an
 * input-required result instead; its sealed request state comes back with the answer.
 */
@QuarkusTest
class InputRequiredTest {
    private static final String ANSWER = "\"inputResponses\":{\"elicitation-1\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}";

    private static String firstState(StatelessTestClient client) {
        return client.callTool("test_ask_user", "").then().statusCode(200).extract().path("result.requestState");
    }

    private static Response retry(StatelessTestClient client, String state) {
        return client.callTool("test_ask_user", ANSWER + ",\"requestState\":\"" + state + "\"");
    }

    @Test
    void aToolThatAsksEndsWithAnInputRequiredResult() {
        StatelessTestClient.valid().callTool("test_ask_user", "").then().statusCode(200)
                .body("result.resultType", equalTo("input_required"))
                .body("result.inputRequests.elicitation-1.method", equalTo("elicitation/create"))
                .body("result.inputRequests.elicitation-1.params.message", equalTo("Your name?"))
                .body("result.requestState", notNullValue());
    }

    @Test
    void theRetriedRequestWithTheAnswerCompletes() {
        StatelessTestClient client = StatelessTestClient.valid();
        retry(client, firstState(client)).then().statusCode(200)
                .body("result.resultType", equalTo("complete"))
                .body("result.content[0].text", equalTo("Hello, Ada!"));
    }

    @Test
    void aTamperedStateIsRefused() {
        StatelessTestClient client = StatelessTestClient.valid();
        String state = firstState(client);
        String tampered = state.substring(0, state.length() - 2) + (state.endsWith("AA") ? "BB" : "AA");
        retry(client, tampered).then().statusCode(200).body("error.code", equalTo(-32602))
                .body("error.message", startsWith("Invalid requestState: it fails its integrity check"));
    }

    @Test
    void anotherSubjectReplayingTheStateIsRefused() {
        String state = firstState(StatelessTestClient.valid());
        retry(new StatelessTestClient(TestTokens.with("sub", "mallory@example.com")), state).then().statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("Invalid requestState: it was issued to another caller."));
    }

    @Test
    void aStateOfAnotherToolIsRefused() {
        StatelessTestClient client = StatelessTestClient.valid();
        String state = firstState(client);
        client.callTool("test_ask_model", "\"requestState\":\"" + state + "\"").then().statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("Invalid requestState: it belongs to another request."));
    }

    @Test
    void inputResponsesThatAreNotAnObjectAreInvalidParams() {
        StatelessTestClient.valid().callTool("test_ask_user", "\"inputResponses\":null").then().statusCode(200)
                .body("error.code", equalTo(-32602));
    }

    @Test
    void anAnswerOfTheWrongShapeIsInvalidParams() {
        StatelessTestClient.valid().callTool("test_ask_user", "\"inputResponses\":{\"elicitation-1\":12345}")
                .then().statusCode(200).body("error.code", equalTo(-32602));
    }

    @Test
    void aToolThatAsksTwiceTakesTwoRoundsAndTheFirstAnswerTravelsInTheState() {
        StatelessTestClient client = StatelessTestClient.valid();
        String first = client.callTool("test_ask_twice", "").then().extract().path("result.requestState");
        Response second = client.callTool("test_ask_twice",
                "\"inputResponses\":{\"name\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}},"
                        + "\"requestState\":\"" + first + "\"");
        second.then().statusCode(200).body("result.resultType", equalTo("input_required"))
                .body("result.inputRequests.color.method", equalTo("elicitation/create"));
        String state = second.then().extract().path("result.requestState");
        client.callTool("test_ask_twice",
                "\"inputResponses\":{\"color\":{\"action\":\"accept\",\"content\":{\"color\":\"green\"}}},"
                        + "\"requestState\":\"" + state + "\"")
                .then().statusCode(200).body("result.content[0].text", equalTo("Ada likes green."));
    }
}
