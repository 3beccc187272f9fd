package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.ServerProcess;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** {@code tools} and {@code call} against a real server in its own process. */
@QuarkusMainTest
@WithTestResource(ServerProcess.class)
class ClientCommandsIT {

    @Test
    @Launch({ "tools" })
    void toolsPrintsATableOfTheToolsThisTokenMayUse(LaunchResult result) {
        List<String> lines = result.getOutputStream();
        assertTrue(lines.get(0).matches("NAME\\s+SCOPES\\s+DESCRIPTION"), lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.matches("greet\\s+-\\s+Returns a personalized greeting.*")),
                result.getOutput());
    }

    @Test
    @Launch({ "call", "greet", "--arg", "name=Ann", "--sub", "ann@example.org", "--json" })
    void callPrintsTheRawResultWithJson(LaunchResult result) {
        assertEquals("{\"content\":[{\"type\":\"text\",\"text\":\"Hello, Ann! Your userid is ann@example.org.\"}],"
                + "\"isError\":false}", result.getOutput());
    }

    @Test
    @Launch(value = { "call", "greet", "--args", "{\"name\": 5}" }, exitCode = ExitCodes.TOOL_ERROR)
    void aToolErrorResultExits1(LaunchResult result) {
        assertEquals("'name' must be a string.", result.getOutput());
        assertEquals("The tool greet reported an error: 'name' must be a string.", GreetCommandIT.firstLine(result));
    }

    @Test
    @Launch(value = { "call", "no_such_tool" }, exitCode = ExitCodes.ERROR_ANSWER)
    void aJsonRpcErrorExits7(LaunchResult result) {
        assertEquals("The server answered tools/call with error -32602: Unknown tool: no_such_tool", GreetCommandIT.firstLine(result));
    }
}
