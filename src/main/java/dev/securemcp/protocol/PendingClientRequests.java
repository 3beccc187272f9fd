package dev.securemcp.protocol;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The requests a server sent one client (sampling, elicitation, roots) whose answers have not come
 * back: each answer, POSTed by the client, completes the future of the request with its id.
 */
public final class PendingClientRequests {
    private final Map<String, CompletableFuture<JsonRpcResponse>> waiting = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final String idPrefix;

    /** @param idPrefix put before the number of each request's id: {@code s-}, or one that names the replica */
    public PendingClientRequests(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** A fresh request id and the future its answer completes. */
    public Pending open() {
        String id = idPrefix + counter.incrementAndGet();
        CompletableFuture<JsonRpcResponse> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        return new Pending(TextNode.valueOf(id), answer);
    }

    /** Whether {@code id} is one this replica gave a request of this session (waited on or not). */
    public boolean owns(JsonNode id) {
        return id != null && id.isTextual() && id.textValue().startsWith(idPrefix);
    }

    /** Hands a client's answer to the request waiting on it; false when none waits (unknown or late). */
    public boolean complete(JsonRpcResponse response) {
        CompletableFuture<JsonRpcResponse> answer = response.id().isTextual() ? waiting.remove(response.id().textValue()) : null;
        return answer != null && answer.complete(response);
    }

    /** Stops waiting for a request's answer. */
    public void abandon(JsonNode id) {
        CompletableFuture<JsonRpcResponse> answer = waiting.remove(id.asText());
        if (answer != null) {
            answer.cancel(false);
        }
    }

    /** Stops waiting for every answer (the session ended): the askers learn at once. */
    public void abandonAll() {
        waiting.keySet().forEach(id -> abandon(TextNode.valueOf(id)));
    }

    public int size() {
        return waiting.size();
    }

    /** One outstanding request: its id on the wire and the future of its answer. */
    public record Pending(JsonNode id, CompletableFuture<JsonRpcResponse> answer) {
    }
}
