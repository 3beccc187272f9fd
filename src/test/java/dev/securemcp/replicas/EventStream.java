package dev.securemcp.replicas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An open SSE response, read on a thread of its own into events; closing it drops the connection. */
final class EventStream implements AutoCloseable {
    /** One event: its {@code id} (or null) and its data. */
    record Event(String id, String data) {
    }

    private final int status;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private EventStream(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.body = response.body();
        Thread reader = new Thread(this::read, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(HttpRequest request) throws IOException, InterruptedException {
        return new EventStream(McpCalls.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
        return status;
    }

    /** The next event within {@code seconds}, or null. */
    Event next(long seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id, data.toString()));
                    }
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (IOException closed) {
            // the connection was dropped: by close(), or by the server
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
