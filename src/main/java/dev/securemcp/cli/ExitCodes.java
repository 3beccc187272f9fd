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
    /** No usable authorization server metadata: none found, issuer mismatch, PKCE S256 or the grant not offered. */
    public static final int LOGIN_METADATA = 8;
    public static final int LOGIN_REGISTRATION = 9;
    /** Cancelled, denied, state or issuer mismatch on the redirect, or timed out. */
    public static final int LOGIN_CANCELLED = 10;
    /** The token (or device authorization) endpoint answered with an OAuth error. */
    public static final int LOGIN_REFUSED = 11;
    public static final int SOFTWARE = 70;

    private ExitCodes() {
    }
}
