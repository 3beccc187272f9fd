package dev.securemcp.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.transport.StandaloneStream;

/** A held stream writes its replay first, then the live events that came meanwhile, each event once. */
class HeldStreamTest {
    private final List<String> written = new ArrayList<>();
    private final HeldStream held = new HeldStream("session", "stream", new StandaloneStream() {
        @Override
        public void send(String eventId, ObjectNode message) {
        }

        @Override
        public void end() {
        }
    });

    private void write(HeldStream stream, Event event) {
        written.add(event.entry());
    }

    @Test
    void liveEventsWaitForTheReplayAndThoseAlsoReplayedAreWrittenOnce() {
        held.live(new Event("100-1", "b"), this::write);
        held.live(new Event("100-2", "c"), this::write);
        assertTrue(written.isEmpty(), "nothing before the replay");
        held.replayed(List.of(new Event("99-0", "a"), new Event("100-1", "b")), this::write);
        assertEquals(List.of("99-0", "100-1", "100-2"), written);
    }

    @Test
    void afterTheReplayLiveEventsAreWrittenAtOnceAndAnOldOneIsNot() {
        held.replayed(List.of(), this::write);
        held.live(new Event("5-0", "a"), this::write);
        held.live(new Event("4-9", "late"), this::write);
        held.live(new Event("5-1", "b"), this::write);
        assertEquals(List.of("5-0", "5-1"), written);
    }

    @Test
    void entryIdsCompareByTimeThenSequenceAsNumbers() {
        assertTrue(new Event("10-0", "").after(new Event("9-5", "")));
        assertTrue(new Event("10-10", "").after(new Event("10-9", "")));
        assertFalse(new Event("10-9", "").after(new Event("10-9", "")));
        assertFalse(new Event("9-99", "").after(new Event("10-0", "")));
    }
}
