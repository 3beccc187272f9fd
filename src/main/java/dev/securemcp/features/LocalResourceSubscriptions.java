package dev.securemcp.features;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.SessionState;
import io.smallrye.mutiny.Uni;

/** The subscriptions of this process's sessions, held in its memory. */
public final class LocalResourceSubscriptions implements ResourceSubscriptions {
    private static final Uni<Void> DONE = Uni.createFrom().voidItem();
    private final Map<SessionState, Set<String>> bySession = new ConcurrentHashMap<>();

    @Override
    public Uni<Void> subscribe(SessionState session, String uri) {
        bySession.computeIfAbsent(session, s -> {
            s.onEnd(() -> bySession.remove(s));
            return ConcurrentHashMap.newKeySet();
        }).add(uri);
        return DONE;
    }

    @Override
    public Uni<Void> unsubscribe(SessionState session, String uri) {
        Set<String> uris = bySession.get(session);
        if (uris != null) {
            uris.remove(uri);
        }
        return DONE;
    }

    @Override
    public void publish(String uri) {
        ObjectNode message = ResourceSubscriptions.updated(uri);
        bySession.forEach((session, uris) -> {
            if (uris.contains(uri)) {
                session.broadcast(message.deepCopy());
            }
        });
    }
}
