package dev.securemcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class InMemoryWindowCounterTest {
    private final AtomicLong now = new AtomicLong(10_000);
    private final InMemoryWindowCounter counter = new InMemoryWindowCounter(Duration.ofSeconds(1), now::get);

    @Test
    void hitsCountWithinOneWindow() {
        counter.hit("a");
        counter.hit("a");
        assertEquals(3, counter.hit("a"));
    }

    @Test
    void keysCountApart() {
        counter.hit("a");
        assertEquals(1, counter.hit("b"));
    }

    @Test
    void aNewWindowStartsFromZero() {
        counter.hit("a");
        now.addAndGet(1000);
        assertEquals(0, counter.count("a"));
    }

    @Test
    void secondsLeftRoundsUpToTheWindowsEnd() {
        now.set(10_100);
        assertEquals(1, counter.secondsLeft());
    }
}
