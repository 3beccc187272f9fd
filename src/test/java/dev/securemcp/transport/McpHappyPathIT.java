package dev.securemcp.transport;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The happy path again, against the packaged jar in the prod profile. */
@QuarkusIntegrationTest
class McpHappyPathIT extends McpHappyPathTest {
}
