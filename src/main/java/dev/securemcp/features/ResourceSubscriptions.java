package dev.securemcp.features;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.protocol.SessionState;
import dev.securemcp.resources.ResourceRegistry;

/**
 * Which sessions subscribed to which resource URIs; a change to one sends
 * {@code notifications/resources/updated} on each subscriber's standalone stream. A session's
 * subscriptions end with it. In memory: a shared store can take its place for several replicas.
 */
@ApplicationScoped
public class ResourceSubscriptions {
    private final Map<SessionState, Set<String>> bySession = new ConcurrentHashMap<>();

    @Inject
    ResourceRegistry registry;

    @PostConstruct
    void listen() {
        registry.onUpdate(this::publish);
    }

    public void subscribe(SessionState session, String uri) {
        bySession.computeIfAbsent(session, s -> {
            s.onEnd(() -> bySession.remove(s));
            return ConcurrentHashMap.newKeySet();
        }).add(uri);
    }

    public void unsubscribe(SessionState session, String uri) {
        Set<String> uris = bySession.get(session);
        if (uris != null) {
            uris.remove(uri);
        }
    }

    public boolean isSubscribed(SessionState session, String uri) {
        return bySession.getOrDefault(session, Set.of()).contains(uri);
    }

    void publish(String uri) {
        ObjectNode params = JsonNodeFactory.instance.objectNode().put("uri", uri);
        ObjectNode message = JsonRpc.notification("notifications/resources/updated", params);
        bySession.forEach((session, uris) -> {
            if (uris.contains(uri)) {
                session.broadcast(message.deepCopy());
            }
        });
    }
}
