package dev.securemcp.transport;

/**
 * A POSTed request as it came in: its parts, its id in the access log and when it arrived
 * ({@link System#nanoTime()}), which every line and event about it repeats.
 */
record Arrival(Incoming in, String requestId, long started) {

    String subject() {
        return in.caller().subject();
    }
}
