package dev.securemcp.store.redis;

/** One kept event of a standalone stream: its Redis stream entry id ({@code MILLIS-SEQUENCE}) and its message. */
record Event(String entry, String message) {

    /** Whether this entry comes after {@code other}'s in its stream (Redis entry ids only grow). */
    boolean after(Event other) {
        int dash = entry.indexOf('-');
        int otherDash = other.entry.indexOf('-');
        int millis = Long.compare(Long.parseLong(entry.substring(0, dash)), Long.parseLong(other.entry.substring(0, otherDash)));
        return millis != 0 ? millis > 0
                : Long.parseLong(entry.substring(dash + 1)) > Long.parseLong(other.entry.substring(otherDash + 1));
    }
}
