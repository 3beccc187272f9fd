package dev.securemcp.transport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.PendingClientRequests;
import dev.securemcp.protocol.ProtocolVersion;
import dev.securemcp.protocol.SessionState;
import dev.securemcp.tools.LogLevel;

/**
 * One client session, owned by the token subject that opened it, as this replica holds it: its
 * state, and the connections and waiting requests it has here.
 */
public final class McpSession implements SessionState {
    private final String id;
    private final String subject;
    private final ProtocolVersion version;
    private final ObjectNode clientInfo;
    private final ObjectNode clientCapabilities;
    private final long createdAt;
    private final SessionBackend backend;
    private final List<StandaloneStream> streams = new CopyOnWriteArrayList<>();
    private final PendingClientRequests pending;
    private final List<Runnable> endActions = new CopyOnWriteArrayList<>();
    private volatile LogLevel logLevel;
    private volatile long lastActiveAt;
    private volatile boolean initialized;

    public McpSession(SessionRecord record, long now, SessionBackend backend) {
        this.id = record.id();
        this.subject = record.subject();
        this.version = record.version();
        this.clientInfo = record.clientInfo();
        this.clientCapabilities = record.clientCapabilities();
        this.logLevel = record.logLevel();
        this.initialized = record.initialized();
        this.createdAt = record.createdAt();
        this.backend = backend;
        this.pending = new PendingClientRequests(backend.requestIdPrefix());
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

    @Override
    public PendingClientRequests pending() {
        return pending;
    }

    @Override
    public void onEnd(Runnable action) {
        endActions.add(action);
    }

    @Override
    public LogLevel logLevel() {
        return logLevel;
    }

    @Override
    public void logLevel(LogLevel level) {
        logLevel = level;
        backend.replication().logLevel(this, level);
    }

    /** The level another replica set: taken as it is, not written again. */
    public void logLevelSetElsewhere(LogLevel level) {
        logLevel = level;
    }

    @Override
    public void markInitialized() {
        if (!initialized) {
            initialized = true;
            backend.replication().initialized(this);
        }
    }

    public boolean initialized() {
        return initialized;
    }

    public long createdAt() {
        return createdAt;
    }

    /** This session's record as it stands. */
    public SessionRecord record() {
        return new SessionRecord(id, subject, version, clientInfo, clientCapabilities, logLevel, initialized, createdAt);
    }

    void touch(long now) {
        lastActiveAt = now;
    }

    /** A request of the session arrived. */
    public void touchNow() {
        lastActiveAt = System.currentTimeMillis();
    }

    public long lastActiveAt() {
        return lastActiveAt;
    }

    /** Idle: no request since {@code lastActiveAt} and no open stream. */
    long idleSince() {
        return streams.isEmpty() ? lastActiveAt : Long.MAX_VALUE;
    }

    List<StandaloneStream> streams() {
        return streams;
    }

    public SessionBackend backend() {
        return backend;
    }

    /** The standalone streams of the session this replica holds. */
    public int openStreams() {
        return streams.size();
    }

    /** Sends a server message on the session's standalone streams (dropped when none is open). */
    @Override
    public void broadcast(ObjectNode message) {
        backend.streams().broadcast(this, message);
    }

    /** Ends this replica's part of the session: its streams, the requests it waits on, the end actions. */
    public void close() {
        for (StandaloneStream stream : streams) {
            stream.end();
        }
        streams.clear();
        pending.abandonAll();
        endActions.forEach(Runnable::run);
        endActions.clear();
    }
}
