package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.JarRun;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The packaged CLI against the server with the test-only tools (a tool that needs scope admin, one
 * that reports progress): the server runs in this JVM, the CLI in its own process.
 */
@QuarkusTest
class CliAgainstTestToolsIT {
    private static final List<String> TEST_KEY = List.of("-Dsmallrye.jwt.sign.key.location="
            + Path.of("src/test/resources/test-keys/private.pem").toAbsolutePath());

    @TestHTTPResource("/mcp")
    URL mcp;

    @Test
    void aToolThatNeedsAMissingScopeExits5AndNamesTheScope() throws Exception {
        JarRun call = JarRun.run(Files.createTempDirectory("cli"), Map.of(), TEST_KEY,
                "call", "test_admin", "--server", mcp.toString());
        assertEquals(ExitCodes.FORBIDDEN, call.exitCode(), call.err());
        assertEquals("The token lacks a scope this needs (HTTP 403): it needs scope 'admin'; mint one with --scope that "
                + "includes it.\n", call.err());
    }

    @Test
    void withTheScopeTheSameCallSucceeds() throws Exception {
        JarRun call = JarRun.run(Files.createTempDirectory("cli"), Map.of(), TEST_KEY,
                "call", "test_admin", "--scope", "read write admin", "--server", mcp.toString());
        assertEquals(0, call.exitCode(), call.err());
        assertEquals("admin ok\n", call.out());
    }

    @Test
    void progressAndLogNotificationsAreShownOnStderrAndTheResultOnStdout() throws Exception {
        JarRun call = JarRun.run(Files.createTempDirectory("cli"), Map.of(), TEST_KEY,
                "call", "test_progress", "--server", mcp.toString());
        assertEquals(0, call.exitCode(), call.err());
        assertEquals("done\n", call.out());
        assertEquals(List.of("⏳ Progress 1/3: step 1", "⏳ Progress 2/3: step 2", "⏳ Progress 3/3: step 3",
                "📝 [info] progress done"), call.err().lines().toList());
    }

    @Test
    void theToolsTableShowsTheScopesEachToolNeeds() throws Exception {
        JarRun tools = JarRun.run(Files.createTempDirectory("cli"), Map.of(), TEST_KEY,
                "tools", "--scope", "read write admin", "--server", mcp.toString());
        assertEquals(0, tools.exitCode(), tools.err());
        assertTrue(tools.out().lines().anyMatch(line -> line.matches("test_admin\\s+admin\\s+Needs scope admin\\.")),
                tools.out());
    }
}
