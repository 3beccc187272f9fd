package dev.securemcp.ops;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * The last line of defence on every log handler: anything shaped like a JWT (three base64url parts)
 * is replaced by {@code <token>}, in the message and in the messages of attached exceptions. Some
 * libraries put the whole token in an exception message (jose4j does, at debug level in Quarkus's
 * security logging); this keeps it out of the log whatever the levels. Messages also stay on one
 * line: jose4j quotes a refused claim's value in its exception message, and a value carrying a line
 * break would otherwise start a line of its own that a reader could take for the server's. Line
 * breaks in a message or an exception message are written as {@code \r}, {@code \n},
 * {@code \u2028} and {@code \u2029}.
 */
@LoggingFilter(name = "redact-tokens")
public final class TokenRedactingFilter implements Filter {
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final String REDACTED = "<token>";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            if (needsRewriting(formatted)) {
                ext.setMessage(redact(formatted), ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        } else if (needsRewriting(record.getMessage())) {
            record.setMessage(redact(record.getMessage()));
            record.setParameters(null);
        }
        if (record.getThrown() != null && needsRewritingAnywhere(record.getThrown())) {
            record.setThrown(RedactedThrowable.of(record.getThrown()));
        }
        return true;
    }

    /** The text with every JWT cut out and every line break escaped. */
    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = hasLineBreak(text) ? text.replace("\r", "\\r").replace("\n", "\\n")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") : text;
        return JWT.matcher(oneLine).replaceAll(REDACTED);
    }

    private static boolean needsRewriting(String text) {
        return text != null && (hasLineBreak(text) || JWT.matcher(text).find());
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static boolean needsRewritingAnywhere(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (needsRewriting(cause.getMessage())) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (needsRewritingAnywhere(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A copy of an exception chain with redacted messages and the original class names and frames. */
    static final class RedactedThrowable extends Throwable {
        private final String originalClass;

        private RedactedThrowable(String originalClass, String message, Throwable cause) {
            super(message, cause, false, false);
            this.originalClass = originalClass;
        }

        static Throwable of(Throwable original) {
            return copy(original, 0);
        }

        private static Throwable copy(Throwable original, int depth) {
            Throwable cause = original.getCause() == null || original.getCause() == original || depth > 20 ? null
                    : copy(original.getCause(), depth + 1);
            RedactedThrowable copy = new RedactedThrowable(original.getClass().getName(), redact(original.getMessage()), cause);
            copy.setStackTrace(original.getStackTrace());
            return copy;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
        }
    }
}
