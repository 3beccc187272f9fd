package dev.securemcp.features;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.protocol.SessionState;
import io.smallrye.mutiny.Uni;

/**
 * Which sessions subscribed to which resource URIs: a change to one, reported to
 * {@code ResourceRegistry.updated} on any replica, sends {@code notifications/resources/updated} on
 * each subscriber's standalone stream. A session's subscriptions end with it. In memory for one
 * replica; in Redis when several serve one session.
 */
public interface ResourceSubscriptions {

    Uni<Void> subscribe(SessionState session, String uri);

    Uni<Void> unsubscribe(SessionState session, String uri);

    /** Sends {@code notifications/resources/updated} to each subscriber of {@code uri}. */
    void publish(String uri);

    /** The notification a subscriber gets. */
    static ObjectNode updated(String uri) {
        return JsonRpc.notification("notifications/resources/updated", JsonNodeFactory.instance.objectNode().put("uri", uri));
    }
}
