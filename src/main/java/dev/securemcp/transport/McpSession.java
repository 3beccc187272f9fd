package dev.securemcp.transport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.PendingClientRequests;
import dev.securemcp.protocol.ProtocolVersion;
import dev.securemcp.protocol.SessionState;
import dev.securemcp.tools.LogLevel;

/** One client session: owned by the token subject that opened it. */
public final class McpSession implements SessionState {
    private final String id;
    private final String subject;
    private final ProtocolVersion version;
    private final ObjectNode clientInfo;
    private final long createdAt;
    private final AtomicReference<LogLevel> logLevel = new AtomicReference<>(LogLevel.INFO);
    private final List<StandaloneStream> streams = new CopyOnWriteArrayList<>();
    private final PendingClientRequests pending = new PendingClientRequests();
    private final List<Runnable> endActions = new CopyOnWriteArrayList<>();
    private volatile ObjectNode clientCapabilities = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    private volatile long lastActiveAt;
    private volatile boolean initialized;

    private final StandaloneStreams standaloneStreams;

    McpSession(String id, String subject, ProtocolVersion version, ObjectNode clientInfo, long now,
            StandaloneStreams standaloneStreams) {
        this.id = id;
        this.standaloneStreams = standaloneStreams;
        this.subject = subject;
        this.version = version;
        this.clientInfo = clientInfo;
        this.createdAt = now;
        this.lastActiveAt = now;
    }

    @Override
    public String id() {
        return id;
    }

    /** The first 8 characters of the id, enough to follow a session through the logs. */
    public String shortId() {
        return id.substring(0, 8);
    }

    public String subject() {
        return subject;
    }

    @Override
    public ProtocolVersion version() {
        return version;
    }

    @Override
    public ObjectNode clientInfo() {
        return clientInfo;
    }

    @Override
    public ObjectNode clientCapabilities() {
        return clientCapabilities;
    }

    void clientCapabilities(ObjectNode capabilities) {
        this.clientCapabilities = capabilities;
    }

    @Override
    public PendingClientRequests pending() {
        return pending;
    }

    @Override
    public void onEnd(Runnable action) {
        endActions.add(action);
    }

    @Override
    public AtomicReference<LogLevel> logLevel() {
        return logLevel;
    }

    @Override
    public void markInitialized() {
        initialized = true;
    }

    public boolean initialized() {
        return initialized;
    }

    public long createdAt() {
        return createdAt;
    }

    void touch(long now) {
        lastActiveAt = now;
    }

    /** Idle: no request since {@code lastActiveAt} and no open stream. */
    long idleSince() {
        return streams.isEmpty() ? lastActiveAt : Long.MAX_VALUE;
    }

    List<StandaloneStream> streams() {
        return streams;
    }

    /** Sends a server message on the session's standalone streams (dropped when none is open). */
    @Override
    public void broadcast(ObjectNode message) {
        standaloneStreams.broadcast(this, message);
    }

    void close() {
        for (StandaloneStream stream : streams) {
            stream.end();
        }
        streams.clear();
        pending.abandonAll();
        endActions.forEach(Runnable::run);
        endActions.clear();
    }
}
