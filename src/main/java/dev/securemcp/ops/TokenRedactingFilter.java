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
 * security logging); this keeps it out of the log whatever the levels.
 */
@LoggingFilter(name = "redact-tokens")
public final class TokenRedactingFilter implements Filter {
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final String REDACTED = "<token>";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String formatted = ext.getFormattedMessage();
            if (formatted != null && JWT.matcher(formatted).find()) {
                ext.setMessage(redact(formatted), ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        } else if (record.getMessage() != null && JWT.matcher(record.getMessage()).find()) {
            record.setMessage(redact(record.getMessage()));
            record.setParameters(null);
        }
        if (record.getThrown() != null && mentionsToken(record.getThrown())) {
            record.setThrown(RedactedThrowable.of(record.getThrown()));
        }
        return true;
    }

    static String redact(String text) {
        return text == null ? null : JWT.matcher(text).replaceAll(REDACTED);
    }

    private static boolean mentionsToken(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && JWT.matcher(cause.getMessage()).find()) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (mentionsToken(suppressed)) {
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
