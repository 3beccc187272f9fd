package dev.securemcp.transport;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The transport rules again, against the packaged jar in the prod profile. */
@QuarkusIntegrationTest
class TransportRulesIT extends TransportRulesTest {
}
