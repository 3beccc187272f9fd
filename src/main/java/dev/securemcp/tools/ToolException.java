package dev.securemcp.tools;

/** A tool's business failure; its message is shown to the client as an isError result. */
public class ToolException extends Exception {
    public ToolException(String message) {
        super(message, null, false, false);
    }
}
