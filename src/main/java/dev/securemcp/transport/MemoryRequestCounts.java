package dev.securemcp.transport;

import io.smallrye.mutiny.Uni;

/** {@link RequestCounts} in this process's memory: the limit holds per replica. */
public final class MemoryRequestCounts implements RequestCounts {
    private final WindowCounter counter;

    public MemoryRequestCounts(WindowCounter counter) {
        this.counter = counter;
    }

    @Override
    public Uni<WindowCount> hit(String key) {
        return Uni.createFrom().item(new WindowCount(counter.hit(key), counter.secondsLeft()));
    }
}
