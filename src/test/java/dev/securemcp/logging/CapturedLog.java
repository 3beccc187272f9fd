package dev.securemcp.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** Every log record of the running application, at every level, kept in memory for inspection. */
final class CapturedLog extends Handler {
    /** One record: logger, level, the formatted line with its causes, and the request id it carried. */
    record Line(long nanos, String logger, String level, String text, String requestId) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final java.util.logging.Filter filter;

    private CapturedLog(java.util.logging.Filter filter) {
        this.filter = filter;
    }

    /** Captures what passes {@code filter}, after it had its say (it may rewrite the record). */
    static CapturedLog install(java.util.logging.Filter filter) {
        CapturedLog log = new CapturedLog(filter);
        log.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(log);
        return log;
    }

    void uninstall() {
        Logger.getLogger("").removeHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!filter.isLoggable(record)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        String requestId = null;
        if (record instanceof ExtLogRecord ext) {
            text.append(ext.getFormattedMessage());
            requestId = ext.getMdc("requestId");
        } else {
            text.append(record.getMessage());
        }
        for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
            text.append(" | ").append(cause).append(' ');
            for (StackTraceElement frame : cause.getStackTrace()) {
                text.append(frame).append(' ');
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        lines.add(new Line(System.nanoTime(), String.valueOf(record.getLoggerName()), record.getLevel().getName(),
                text.toString(), requestId));
    }

    synchronized List<Line> lines() {
        return new ArrayList<>(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
