package dev.securemcp.access;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tools table again, against the packaged jar in the prod profile. */
@QuarkusIntegrationTest
class ToolAccessIT extends ToolAccessTest {
}
