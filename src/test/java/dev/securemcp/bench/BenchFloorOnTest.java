package dev.securemcp.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With mcp.bench.enabled the floor answers the greeting, behind the same token check as /mcp. */
@QuarkusTest
@TestProfile(BenchFloorOnTest.Enabled.class)
class BenchFloorOnTest {
    public static class Enabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mcp.bench.enabled", "true");
        }
    }

    @Test
    void theFloorGreetsTheTokensSubject() {
        given().header("Authorization", "Bearer " + TestTokens.valid()).queryParam("name", "Ada")
                .get("/bench/floor").then().statusCode(200)
                .body(equalTo("Hello, Ada! Your userid is " + TestTokens.SUBJECT + "."));
    }

    @Test
    void theFloorNeedsAValidToken() {
        given().get("/bench/floor").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.with("aud", "another-server"))
                .get("/bench/floor").then().statusCode(401);
    }
}
