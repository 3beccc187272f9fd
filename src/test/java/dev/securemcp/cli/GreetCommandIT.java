package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.ServerProcess;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** {@code greet} against a real server in its own process (mcp.server.url points at it). */
@QuarkusMainTest
@WithTestResource(ServerProcess.class)
class GreetCommandIT {

    @Test
    @Launch({ "greet", "World" })
    void printsTheSeedsThreeLines(LaunchResult result) {
        List<String> lines = result.getOutputStream();
        assertEquals(3, lines.size(), result.getOutput());
        assertEquals("🚀 Starting secure-mcp client with JWT authentication...", lines.get(0));
        assertTrue(lines.get(1).matches("🔐 Generated JWT token: eyJ[A-Za-z0-9_-]{33}\\.\\.\\."), lines.get(1));
        assertEquals("✅ Result: Hello, World! Your userid is hello@world.com.", lines.get(2));
    }

    @Test
    @Launch(value = { "greet", "World", "--aud", "other", "-v" }, exitCode = ExitCodes.UNAUTHORIZED)
    void aTokenForAnotherAudienceIsRetriedOnceThenExits4AndSaysWhy(LaunchResult result) {
        List<String> err = result.getErrorStream();
        assertTrue(err.contains("The server rejected the token (HTTP 401): The token was not issued for this server (audience). "
                + "Mint one the server accepts (check --iss, --aud, --ttl and the signing key)."), result.getErrorOutput());
        assertEquals(2, err.stream().filter(line -> line.startsWith("> POST")).count(), "one retry with a fresh token");
        assertTrue(result.getErrorOutput().contains("> Authorization: Bearer eyJ"), result.getErrorOutput());
        assertTrue(result.getErrorOutput().contains(".<signature hidden>"), result.getErrorOutput());
        assertFalse(result.getErrorOutput().matches("(?s).*Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]{20,}.*"), "no signature shown");
    }

    @Test
    void aServerThatIsNotRunningExits3AndNamesTheUrl(QuarkusMainLauncher launcher) throws IOException {
        String url = "http://localhost:" + unusedPort() + "/mcp";
        LaunchResult result = launcher.launch("greet", "World", "--server", url);
        assertEquals(ExitCodes.UNREACHABLE, result.exitCode());
        assertEquals("Cannot reach the MCP server at " + url + ": is the server running? Start it with "
                + "'java -jar target/quarkus-app/quarkus-run.jar serve' or pass --server URL.", firstLine(result));
    }

    @Test
    @Launch(value = { "greet", "World", "--no-such-option" }, exitCode = ExitCodes.USAGE)
    void anUnknownOptionIsAUsageError(LaunchResult result) {
        assertEquals("Unknown option: '--no-such-option'. See 'secure-mcp greet --help'.", firstLine(result));
        assertEquals("", result.getOutput());
    }

    /** The command's sentence; the test harness may log its own shutdown noise after it. */
    static String firstLine(LaunchResult result) {
        return result.getErrorStream().isEmpty() ? "" : result.getErrorStream().get(0);
    }

    static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
