package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** picocli quotes what it did not understand: the sentence must not, a token may be among it. */
class ParseErrorSentenceTest {

    @Command(name = "demo")
    static class Demo {
        @Option(names = "--token")
        String token;

        @Option(names = "--ttl")
        int ttl;
    }

    private static String sentence(String... args) {
        try {
            new CommandLine(new Demo()).parseArgs(args);
        } catch (ParameterException failure) {
            return ParseErrorSentence.of(failure, args);
        }
        throw new AssertionError("parsed");
    }

    @Test
    void anUnknownOptionIsNamedWithoutItsValue() {
        assertEquals("Unknown option: '--tokn'.", sentence("--tokn=s3cret"));
    }

    @Test
    void anUnexpectedArgumentIsNotQuoted() {
        String sentence = sentence("s3cret");
        assertFalse(sentence.contains("s3cret"), sentence);
    }

    @Test
    void aSecretOptionsValueIsHiddenInAnyOtherMessage() {
        String sentence = sentence("--token", "s3cret", "--ttl", "s3cret");
        assertFalse(sentence.contains("s3cret"), sentence);
    }
}
