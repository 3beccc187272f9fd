package dev.securemcp.cli;

/** The CLI's exit codes (SPEC.md "Command line"). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int TOOL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;
    public static final int UNAUTHORIZED = 4;
    public static final int FORBIDDEN = 5;
    public static final int KEY_FILE = 6;
    public static final int ERROR_ANSWER = 7;
    public static final int SOFTWARE = 70;

    private ExitCodes() {
    }
}
