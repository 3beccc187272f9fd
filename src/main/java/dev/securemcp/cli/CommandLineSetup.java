package dev.securemcp.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import picocli.CommandLine;

/**
 * The picocli command line: UTF-8 output whatever the locale (Java 17 follows the locale, so under
 * {@code LANG=C} the emoji would become '?'), one sentence and the SPEC exit code for every failure.
 */
@ApplicationScoped
public class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        CommandLine line = factory.create();
        line.setOut(utf8(System.out));
        line.setErr(utf8(System.err));
        FailureHandler failures = new FailureHandler();
        line.setExecutionExceptionHandler(failures);
        line.setParameterExceptionHandler(failures);
        return line;
    }

    /** Bytes go to the current stream unchanged, so test harnesses that capture it still see them. */
    static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
