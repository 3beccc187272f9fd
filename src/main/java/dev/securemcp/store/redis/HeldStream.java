package dev.securemcp.store.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import dev.securemcp.transport.StandaloneStream;

/**
 * A standalone stream this replica holds. Until its replay is written, live events wait; after it,
 * an event at or before the last one written is not written again (a live event may also be in the
 * replay, since the replica's channel and the script's answer arrive on different connections).
 */
final class HeldStream {
    private final String sessionId;
    private final String streamId;
    private final StandaloneStream stream;
    private List<Event> waiting = new ArrayList<>();
    private Event last;

    HeldStream(String sessionId, String streamId, StandaloneStream stream) {
        this.sessionId = sessionId;
        this.streamId = streamId;
        this.stream = stream;
    }

    String sessionId() {
        return sessionId;
    }

    String streamId() {
        return streamId;
    }

    StandaloneStream stream() {
        return stream;
    }

    synchronized void replayed(List<Event> replay, BiConsumer<HeldStream, Event> write) {
        replay.forEach(event -> writeAfterLast(event, write));
        waiting.forEach(event -> writeAfterLast(event, write));
        waiting = null;
    }

    synchronized void live(Event event, BiConsumer<HeldStream, Event> write) {
        if (waiting != null) {
            waiting.add(event);
        } else {
            writeAfterLast(event, write);
        }
    }

    private void writeAfterLast(Event event, BiConsumer<HeldStream, Event> write) {
        if (last == null || event.after(last)) {
            last = event;
            write.accept(this, event);
        }
    }
}
