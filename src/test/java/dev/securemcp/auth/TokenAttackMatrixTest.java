package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.auth.TokenAttacks.Attack;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The generated attack matrix: {@value #DEFAULT_COUNT}+ tokens against the real /mcp endpoint, each
 * made from a valid token by one mutation, each with the one outcome its mutation class must get
 * (401 invalid_token with the class's sentence, or 200). In every batch the unmutated token must
 * pass, so a server that refused everything fails here as surely as one that let a mutant through.
 * No answer may be a 5xx or carry a class name, a stack trace or the token. Replay a failure with
 * {@code -Dattack.seed=<seed>} (and {@code -Dattack.count}).
 */
@QuarkusTest
class TokenAttackMatrixTest {
    private static final int DEFAULT_COUNT = 2_400;
    private static final int BATCH = 48;
    private static final long SEED = Long.getLong("attack.seed", 20_261_201L);
    private static final int COUNT = Integer.getInteger("attack.count", DEFAULT_COUNT);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|sun|io|org|com|dev)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]*|Exception\\b|\\tat ");
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
             "capabilities":{},"clientInfo":{"name":"attack","version":"1"}}}""";

    @TestHTTPResource("/mcp")
    URL endpoint;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyMutantGetsTheOutcomeOfItsClassAndTheValidTokenStillPasses() throws Exception {
        TokenAttacks attacks = new TokenAttacks(SEED);
        Map<String, Integer> perClass = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        while (sent < COUNT) {
            Map<String, Object> claims = TokenAttacks.validClaims();
            String valid = TokenAttacks.sign(claims);
            HttpResponse<String> control = send(List.of("Bearer " + valid));
            assertEquals(200, control.statusCode(), "the batch's valid token was refused (seed " + SEED + "): " + control.body());
            for (int i = 0; i < BATCH && sent < COUNT; i++, sent++) {
                Attack attack = attacks.next(sent, claims, valid);
                perClass.merge(attack.mutation().replaceAll("[:'].*", ""), 1, Integer::sum);
                String problem = check(attack, send(attack.authorization()));
                if (problem != null && failures.size() < 20) {
                    failures.add(attack.mutation() + ": " + problem);
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + "+ mutants got the wrong answer (seed " + SEED + "):\n" + String.join("\n", failures));
        }
        assertTrue(perClass.size() >= 16, "every mutation class ran: " + perClass);
        assertEquals(200, send(List.of("Bearer " + TokenAttacks.sign(TokenAttacks.validClaims()))).statusCode(),
                "the server still serves after the matrix");
    }

    /** What is wrong with the answer to {@code attack}, or null. */
    private static String check(Attack attack, HttpResponse<String> answer) throws Exception {
        String body = answer.body();
        if (answer.statusCode() >= 500) {
            return "HTTP " + answer.statusCode() + " " + body;
        }
        if (CLASS_NAME.matcher(body).find()) {
            return "a class name or stack trace in the body: " + body;
        }
        String signature = attack.token().substring(attack.token().lastIndexOf('.') + 1);
        if (body.contains(attack.token()) || (signature.length() > 8 && body.contains(signature))) {
            return "the token in the body";
        }
        if (attack.expected().accepted()) {
            return answer.statusCode() == 200 ? null : "refused, must be accepted: " + answer.statusCode() + " " + body;
        }
        if (answer.statusCode() != 401) {
            return "HTTP " + answer.statusCode() + ", must be 401: " + body;
        }
        JsonNode error = MAPPER.readTree(body);
        String challenge = answer.headers().firstValue("WWW-Authenticate").orElse("");
        if (!"invalid_token".equals(error.path("error").asText()) || !challenge.contains("error=\"invalid_token\"")) {
            return "not invalid_token: " + body + " / " + challenge;
        }
        String description = attack.expected().description();
        if (description != null && !description.equals(error.path("error_description").asText())) {
            return "said '" + error.path("error_description").asText() + "', must say '" + description + "'";
        }
        return null;
    }

    private HttpResponse<String> send(List<String> authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.toString()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, text/event-stream")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
        for (String value : authorization) {
            request.header("Authorization", value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
