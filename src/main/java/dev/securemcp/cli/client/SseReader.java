package dev.securemcp.cli.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a {@code text/event-stream} and hands each event's data to a consumer as soon as the event
 * is complete (WHATWG HTML, "Server-sent events": data lines joined by newlines, dispatched on a
 * blank line; comments and other fields ignored).
 */
final class SseReader {

    private SseReader() {
    }

    static void read(InputStream stream, Consumer<String> onEventData, Consumer<String> onLine) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            onLine.accept(line);
            if (line.isEmpty()) {
                if (data != null) {
                    onEventData.accept(data.toString());
                    data = null;
                }
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
            if (field.equals("data")) {
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        if (data != null) {
            onEventData.accept(data.toString());
        }
    }
}
