package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The exit code and the one sentence of every failure kind, through a real picocli command line. */
class FailureHandlerTest {
    private final StringWriter err = new StringWriter();

    @Command(name = "probe")
    static class Probe implements Callable<Integer> {
        @Option(names = "-v")
        boolean verbose;

        @Option(names = "--fail")
        String fail = "none";

        @Override
        public Integer call() {
            return switch (fail) {
                case "known" -> throw new CliException(ExitCodes.ERROR_ANSWER, "The server answered HTTP 500.");
                case "bug" -> throw new IllegalStateException("index out of range");
                default -> 0;
            };
        }
    }

    private int run(String... args) {
        FailureHandler handler = new FailureHandler();
        CommandLine line = new CommandLine(new Probe()).setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(handler).setParameterExceptionHandler(handler);
        return line.execute(args);
    }

    @Test
    void aKnownFailureExitsWithItsCodeAndSentence() {
        assertEquals(ExitCodes.ERROR_ANSWER, run("--fail", "known"));
        assertEquals("The server answered HTTP 500.", err.toString().strip());
    }

    @Test
    void anUnexpectedFaultExits70WithoutAStackTrace() {
        assertEquals(ExitCodes.SOFTWARE, run("--fail", "bug"));
        assertEquals("The command failed unexpectedly (index out of range); run it again with -v to see the details.",
                err.toString().strip());
    }

    @Test
    void withVerboseTheStackTraceFollows() {
        assertEquals(ExitCodes.SOFTWARE, run("--fail", "bug", "-v"));
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void badUsageExits2() {
        assertEquals(ExitCodes.USAGE, run("--nope"));
        assertEquals("Unknown option: '--nope'. See 'probe --help'.", err.toString().strip());
    }
}
