package dev.securemcp.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Every failure ends as one plain sentence on stderr and its exit code; the stack trace only with
 * {@code -v}.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (failure instanceof CliException known) {
            err.println(known.getMessage());
            if (verbose(parsed) && known.getCause() != null) {
                known.getCause().printStackTrace(err);
            }
            err.flush();
            return known.exitCode();
        }
        err.println("The command failed unexpectedly (" + describe(failure) + "); run it again with -v to see the details.");
        if (verbose(parsed)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.SOFTWARE;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        PrintWriter err = command.getErr();
        String sentence = ParseErrorSentence.of(failure, args);
        err.println(sentence + " See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("-v")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "no message" : message.lines().findFirst().orElse("").strip();
    }
}
