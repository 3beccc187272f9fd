package dev.securemcp.tools;

import dev.securemcp.access.Caller;

/** What a running tool may see and do besides computing its result. */
public interface ToolContext {

    /** The authenticated caller. */
    Caller caller();

    /**
     * Reports progress; sent only when the client asked for it (a progress token). Values must
     * increase; a value that does not is dropped.
     */
    void progress(double progress, Double total, String message);

    /** Sends a log message to the client when its level is at or above the client's chosen level. */
    void log(LogLevel level, String message);

    /** True once the client cancelled the request or its time ran out: a long tool should stop. */
    boolean cancelled();
}
