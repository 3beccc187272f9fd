package dev.securemcp.transport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Fixed-window counts in this process's memory; keys of past windows are dropped as it grows. */
public final class InMemoryWindowCounter implements WindowCounter {
    private static final int SWEEP_ABOVE = 10_000;

    private record Window(long index, AtomicLong count) {
    }

    private final long windowMillis;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public InMemoryWindowCounter(Duration window, LongSupplier millisClock) {
        this.windowMillis = window.toMillis();
        this.clock = millisClock;
    }

    @Override
    public long hit(String key) {
        long index = index();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(window -> window.index() != index);
        }
        Window window = windows.compute(key, (k, old) -> old != null && old.index() == index ? old
                : new Window(index, new AtomicLong()));
        return window.count().incrementAndGet();
    }

    @Override
    public long count(String key) {
        Window window = windows.get(key);
        return window != null && window.index() == index() ? window.count().get() : 0;
    }

    @Override
    public long secondsLeft() {
        long left = windowMillis - clock.getAsLong() % windowMillis;
        return Math.max(1, (left + 999) / 1000);
    }

    private long index() {
        return clock.getAsLong() / windowMillis;
    }
}
