package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class CallArgumentsTest {

    private static String arguments(String... args) {
        CallCommand command = new CallCommand();
        new CommandLine(command).parseArgs(args);
        return command.arguments().toString();
    }

    @Test
    void argValuesAreStringsUnlessTheyAreJson() {
        assertEquals("{\"name\":\"World\",\"n\":3,\"on\":true,\"list\":[1]}",
                arguments("t", "--arg", "name=World", "--arg", "n=3", "--arg", "on=true", "--arg", "list=[1]"));
    }

    @Test
    void argsJsonIsTakenAsItIsAndArgAddsToIt() {
        assertEquals("{\"name\":\"A\",\"x\":1}", arguments("t", "--args", "{\"name\":\"B\",\"x\":1}", "--arg", "name=A"));
    }

    @Test
    void argsThatIsNotAnObjectIsAUsageError() {
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class, () -> arguments("t", "--args", "[1]")).exitCode());
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class, () -> arguments("t", "--args", "{oops")).exitCode());
    }
}
