package dev.securemcp.transport;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.config.McpConfig;
import io.smallrye.mutiny.Uni;

/**
 * The streams of this process's sessions, held by the sessions themselves. {@code Last-Event-ID}
 * is not looked at: events carry no ids, and a reconnecting client gets a new stream.
 */
public final class LocalStandaloneStreams implements StandaloneStreams {
    private static final Uni<Boolean> ADMITTED = Uni.createFrom().item(true);
    private static final Uni<Boolean> REFUSED = Uni.createFrom().item(false);

    private final int maxPerSession;

    public LocalStandaloneStreams(McpConfig config) {
        this.maxPerSession = config.sse().maxStreamsPerSession();
    }

    @Override
    public Uni<Boolean> open(McpSession session, StandaloneStream stream, String lastEventId) {
        return session.streams().size() >= maxPerSession ? REFUSED : ADMITTED;
    }

    @Override
    public void closed(McpSession session, StandaloneStream stream) {
    }

    @Override
    public void broadcast(McpSession session, ObjectNode message) {
        for (StandaloneStream stream : session.streams()) {
            stream.send(null, message);
        }
    }
}
