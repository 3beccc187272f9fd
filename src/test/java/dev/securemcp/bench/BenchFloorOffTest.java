package dev.securemcp.bench;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** By default the benchmark's floor endpoint does not exist, token or not. */
@QuarkusTest
class BenchFloorOffTest {
    @Test
    void theFloorIsNotFoundWithOrWithoutAToken() {
        given().get("/bench/floor").then().statusCode(404);
        given().header("Authorization", "Bearer " + TestTokens.valid()).get("/bench/floor").then().statusCode(404);
    }
}
