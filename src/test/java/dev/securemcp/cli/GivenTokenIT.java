package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.ServerProcess;
import dev.securemcp.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** greet, tools and call with a token the user gives (--token, --token-file): no minting, never shown. */
@QuarkusMainTest
@WithTestResource(ServerProcess.class)
class GivenTokenIT {

    @Test
    void greetWithTokenNamesItsSourceInsteadOfShowingIt(QuarkusMainLauncher launcher) {
        String token = TestTokens.with("sub", "given@example.org");
        LaunchResult result = launcher.launch("greet", "World", "--token", token);
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertEquals(List.of("🚀 Starting secure-mcp client with JWT authentication...", "🔐 Using the token from --token",
                "✅ Result: Hello, World! Your userid is given@example.org."), result.getOutputStream());
    }

    @Test
    void callWithTokenFileSendsTheFilesToken(QuarkusMainLauncher launcher) throws Exception {
        Path file = Files.createTempFile("token", ".txt");
        Files.writeString(file, TestTokens.with("sub", "file@example.org") + "\n");
        LaunchResult result = launcher.launch("call", "greet", "--arg", "name=Ann", "--token-file", file.toString());
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertEquals("Hello, Ann! Your userid is file@example.org.", result.getOutput());
    }

    @Test
    void aRejectedGivenTokenIsNotRetriedNorShownUnderVerbose(QuarkusMainLauncher launcher) {
        String token = TestTokens.with("aud", "other");
        LaunchResult result = launcher.launch("greet", "--token", token, "-v");
        assertEquals(ExitCodes.UNAUTHORIZED, result.exitCode());
        String err = result.getErrorOutput();
        assertTrue(err.contains("* Credential: the token from --token"), err);
        assertEquals(1, result.getErrorStream().stream().filter(line -> line.startsWith("> POST")).count(), err);
        assertTrue(err.contains("The server rejected the token (HTTP 401): The token was not issued for this server (audience). "
                + "Get a new token and pass it with --token-file, --token or SECURE_MCP_TOKEN."), err);
        assertFalse(err.contains(token) || result.getOutput().contains(token), "the token is never printed");
        assertFalse(err.contains(token.substring(token.lastIndexOf('.') + 1)), "not even its signature");
    }

    @Test
    void aMistypedTokenOptionDoesNotEchoTheToken(QuarkusMainLauncher launcher) {
        String secret = TestTokens.valid();
        // Two launches only: each starts the test server anew, slow on a loaded machine; ParseErrorSentenceTest has the rest.
        LaunchResult attached = launcher.launch("greet", "--tokn=" + secret);
        assertEquals(ExitCodes.USAGE, attached.exitCode());
        assertEquals("Unknown option: '--tokn'. See 'secure-mcp greet --help'.", GreetCommandIT.firstLine(attached));
        assertFalse(attached.getErrorOutput().contains(secret) || attached.getOutput().contains(secret), attached.getErrorOutput());
        LaunchResult separate = launcher.launch("tools", "--tokn", secret);
        assertEquals(ExitCodes.USAGE, separate.exitCode());
        assertFalse(separate.getErrorOutput().contains(secret) || separate.getOutput().contains(secret), separate.getErrorOutput());
    }

    @Test
    void tokenAndTokenFileTogetherAreAUsageError(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("tools", "--token", TestTokens.valid(), "--token-file", "t.txt");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertEquals("Give either --token or --token-file, not both.", GreetCommandIT.firstLine(result));
    }
}
