package dev.securemcp.auth;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The token rejections again, against the packaged jar in the prod profile. */
@QuarkusIntegrationTest
class RejectedTokenIT extends RejectedTokenTest {
}
