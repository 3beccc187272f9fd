package dev.securemcp.tools;

import java.util.Locale;
import java.util.Optional;

/** MCP log levels (RFC 5424 severities), least severe first. */
public enum LogLevel {
    DEBUG, INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LogLevel> fromWire(String value) {
        for (LogLevel level : values()) {
            if (level.wire().equals(value)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
