package dev.securemcp.protocol;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A notification: no id, no response. */
public record JsonRpcNotification(String method, ObjectNode params) implements JsonRpcMessage {
    public JsonRpcNotification {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(params, "params");
    }
}
