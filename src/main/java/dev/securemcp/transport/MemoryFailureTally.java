package dev.securemcp.transport;

/** {@link FailureTally} in this process's memory: the limit holds per replica. */
public final class MemoryFailureTally implements FailureTally {
    private final int maxFailures;
    private final WindowCounter failures;

    public MemoryFailureTally(int maxFailures, WindowCounter failures) {
        this.maxFailures = maxFailures;
        this.failures = failures;
    }

    @Override
    public boolean refused(String address) {
        return failures.count(address) >= maxFailures;
    }

    @Override
    public void failed(String address) {
        failures.hit(address);
    }

    @Override
    public long secondsLeft(String address) {
        return failures.secondsLeft();
    }
}
