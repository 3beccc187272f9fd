package dev.securemcp.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The sentence for a command line that does not parse, without any value that may be a secret:
 * picocli's own messages quote the arguments they did not understand, so a mistyped
 * {@code --tokn SECRET} would print the token.
 */
final class ParseErrorSentence {
    /** Options whose values are secrets. */
    static final Set<String> SECRET_OPTIONS = Set.of("--token", "--client-secret");

    private ParseErrorSentence() {
    }

    static String of(ParameterException failure, String[] args) {
        String sentence;
        if (failure instanceof UnmatchedArgumentException unmatched) {
            sentence = unmatched(unmatched.getUnmatched());
        } else {
            sentence = failure.getMessage().strip();
            for (String secret : secrets(args)) {
                sentence = sentence.replace(secret, "<hidden>");
            }
        }
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    /** Unknown options by name only (never an {@code =value}); other arguments are not quoted. */
    private static String unmatched(List<String> arguments) {
        List<String> options = new ArrayList<>();
        int others = 0;
        for (String argument : arguments) {
            if (argument.startsWith("-") && argument.length() > 1) {
                int equals = argument.indexOf('=');
                options.add("'" + (equals < 0 ? argument : argument.substring(0, equals)) + "'");
            } else {
                others++;
            }
        }
        if (options.isEmpty()) {
            return others == 1 ? "An argument was not expected (not shown: it may be a secret)"
                    : others + " arguments were not expected (not shown: they may be secrets)";
        }
        return (options.size() == 1 ? "Unknown option: " : "Unknown options: ") + String.join(", ", options);
    }

    /** The values given to secret options, as {@code --token V} or {@code --token=V}. */
    private static List<String> secrets(String[] args) {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (equals > 0 && SECRET_OPTIONS.contains(arg.substring(0, equals)) && equals < arg.length() - 1) {
                secrets.add(arg.substring(equals + 1));
            } else if (SECRET_OPTIONS.contains(arg) && i + 1 < args.length && !args[i + 1].isEmpty()) {
                secrets.add(args[i + 1]);
            }
        }
        return secrets;
    }
}
