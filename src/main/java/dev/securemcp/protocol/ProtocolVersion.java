package dev.securemcp.protocol;

import java.util.Optional;

/** The MCP revisions this server speaks, oldest first. */
public enum ProtocolVersion {
    V2025_03_26("2025-03-26"),
    V2025_06_18("2025-06-18"),
    V2025_11_25("2025-11-25"),
    /** Stateless: no initialize, no session; each request names its version in {@code _meta}. */
    V2026_07_28("2026-07-28");

    /** The newest revision served in sessions (what initialize offers). */
    public static final ProtocolVersion LATEST = V2025_11_25;

    private final String wire;

    ProtocolVersion(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ProtocolVersion> fromWire(String value) {
        for (ProtocolVersion version : values()) {
            if (version.wire.equals(value)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /**
     * "If the server supports the requested protocol version, it MUST respond with the same version.
     * Otherwise, the server MUST respond with another protocol version it supports."
     */
    public static ProtocolVersion negotiate(String requested) {
        return fromWire(requested).filter(version -> !version.stateless()).orElse(LATEST);
    }

    /** Whether this revision is served without sessions (2026-07-28 on). */
    public boolean stateless() {
        return compareTo(V2026_07_28) >= 0;
    }

    /** A revision served in sessions, by its wire name. */
    public static Optional<ProtocolVersion> sessionRevision(String value) {
        return fromWire(value).filter(version -> !version.stateless());
    }

    /** JSON-RPC batches exist only in 2025-03-26. */
    public boolean allowsBatches() {
        return this == V2025_03_26;
    }

    /** Structured tool output and output schemas arrived in 2025-06-18. */
    public boolean hasStructuredOutput() {
        return compareTo(V2025_06_18) >= 0;
    }
}
