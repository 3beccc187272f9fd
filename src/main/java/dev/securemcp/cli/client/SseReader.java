package dev.securemcp.cli.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a {@code text/event-stream} and hands each event to a consumer as soon as it is complete
 * (WHATWG HTML, "Server-sent events": data lines joined by newlines, dispatched on a blank line;
 * {@code id} and {@code retry} kept for a reconnection; comments and other fields ignored).
 */
final class SseReader {

    /** One event: its data, the last event id seen so far and the last retry delay (ms), each null when none. */
    record Event(String data, String lastEventId, Long retryMillis) {
    }

    private SseReader() {
    }

    /** Reads until the stream ends or {@code onEvent} answers false (the caller has what it waited for). */
    static void read(InputStream stream, EventSink onEvent, Consumer<String> onLine) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        StringBuilder data = null;
        String lastEventId = null;
        Long retry = null;
        String line;
        while ((line = reader.readLine()) != null) {
            onLine.accept(line);
            if (line.isEmpty()) {
                if (data != null && !onEvent.accept(new Event(data.toString(), lastEventId, retry))) {
                    return;
                }
                data = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                // "If the field value does not contain U+0000 NULL, then set the last event ID buffer to the field value."
                case "id" -> lastEventId = value.indexOf('\0') < 0 ? value : lastEventId;
                // "If the field value consists of only ASCII digits, then interpret the field value as an integer in base ten."
                case "retry" -> retry = value.matches("\\d{1,9}") ? Long.valueOf(value) : retry;
                default -> {
                    // event type and unknown fields: not needed here
                }
            }
        }
        if (data != null) {
            onEvent.accept(new Event(data.toString(), lastEventId, retry));
        }
    }

    /** Takes one event; false stops the reading. */
    @FunctionalInterface
    interface EventSink {
        boolean accept(Event event) throws IOException;
    }
}
