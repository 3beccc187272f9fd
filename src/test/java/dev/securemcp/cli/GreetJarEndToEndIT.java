package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.securemcp.testing.JarRun;
import dev.securemcp.testing.ServerProcess;

/**
 * The packaged jar exactly as a user runs it: {@code keys generate}, the server from that pair, then
 * {@code greet World} under {@code LANG=C} in the same directory.
 */
@TestMethodOrder(OrderAnnotation.class)
class GreetJarEndToEndIT {
    /** The C locale: Java 17 would print the emoji as '?' unless the CLI writes UTF-8 itself. */
    private static final Map<String, String> C_LOCALE = Map.of("LANG", "C", "LC_ALL", "C");

    private static Path dir;
    private static final ServerProcess SERVER = new ServerProcess();

    @BeforeAll
    static void keysAndServer() throws Exception {
        dir = Files.createTempDirectory("secure-mcp-e2e");
        JarRun keys = JarRun.run(dir, C_LOCALE, List.of(), "keys", "generate");
        assertEquals(0, keys.exitCode(), keys.err());
        SERVER.startIn(dir);
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @Test
    @Order(1)
    void greetPrintsTheSeedsThreeLinesInUtf8UnderTheCLocale() throws Exception {
        JarRun greet = JarRun.run(dir, C_LOCALE, List.of(), "greet", "World", "--server", SERVER.mcpUrl());
        assertEquals(0, greet.exitCode(), greet.err());
        List<String> lines = greet.out().lines().toList();
        assertEquals(3, lines.size(), greet.out());
        assertEquals("🚀 Starting secure-mcp client with JWT authentication...", lines.get(0));
        assertTrue(lines.get(1).matches("🔐 Generated JWT token: eyJ[A-Za-z0-9_-]{33}\\.\\.\\."), lines.get(1));
        assertEquals("✅ Result: Hello, World! Your userid is hello@world.com.", lines.get(2));
        assertEquals("", greet.err());
    }

    @Test
    @Order(2)
    void aCliRunBindsNoPortSoItRunsBesideTheServerOnTheSamePort() throws Exception {
        JarRun greet = JarRun.run(dir, C_LOCALE, List.of("-Dquarkus.http.port=" + SERVER.port()),
                "greet", "World", "--server", SERVER.mcpUrl());
        assertEquals(0, greet.exitCode(), greet.err());
    }

    @Test
    @Order(3)
    void greetSendsTheTokenFromTheEnvironmentAndNamesItsSource() throws Exception {
        JarRun token = JarRun.run(dir, C_LOCALE, List.of(), "token", "--sub", "env@example.org");
        assertEquals(0, token.exitCode(), token.err());
        Path noKeys = Files.createTempDirectory("secure-mcp-no-keys");
        Map<String, String> env = new java.util.HashMap<>(C_LOCALE);
        env.put("SECURE_MCP_TOKEN", token.out().strip());
        JarRun greet = JarRun.run(noKeys, env, List.of(), "greet", "World", "--server", SERVER.mcpUrl());
        assertEquals(0, greet.exitCode(), greet.err());
        assertEquals(List.of("🚀 Starting secure-mcp client with JWT authentication...", "🔐 Using the token from SECURE_MCP_TOKEN",
                "✅ Result: Hello, World! Your userid is env@example.org."), greet.out().lines().toList());
    }

    @Test
    @Order(4)
    void withTheServerStoppedGreetExits3WithOneSentence() throws Exception {
        String url = SERVER.mcpUrl();
        SERVER.stop();
        JarRun greet = JarRun.run(dir, C_LOCALE, List.of(), "greet", "World", "--server", url);
        assertEquals(ExitCodes.UNREACHABLE, greet.exitCode(), greet.err());
        assertEquals("Cannot reach the MCP server at " + url + ": is the server running? Start it with "
                + "'java -jar target/quarkus-app/quarkus-run.jar serve' or pass --server URL.\n", greet.err());
    }
}
