package dev.securemcp.cli;

/** A failure the CLI explains in one sentence on stderr and ends with {@link #exitCode()}. */
public class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(int exitCode, String sentence) {
        this(exitCode, sentence, null);
    }

    public CliException(int exitCode, String sentence, Throwable cause) {
        super(sentence, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
