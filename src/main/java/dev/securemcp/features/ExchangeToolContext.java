package dev.securemcp.features;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.Caller;
import dev.securemcp.protocol.ClientQuestion;
import dev.securemcp.protocol.ClientRequestException;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.tools.Elicitation;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;

/** The context of one tools/call: progress and log messages go to that request's stream. */
final class ExchangeToolContext implements ToolContext {
    private final Exchange exchange;
    private final String toolName;
    private double lastProgress = Double.NEGATIVE_INFINITY;
    private volatile boolean cancelled;
    private int asked;

    ExchangeToolContext(Exchange exchange, String toolName) {
        this.exchange = exchange;
        this.toolName = toolName;
    }

    @Override
    public Caller caller() {
        return exchange.caller();
    }

    @Override
    public synchronized void progress(double progress, Double total, String message) {
        if (exchange.progressToken() == null || progress <= lastProgress) {
            return;
        }
        lastProgress = progress;
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.set("progressToken", exchange.progressToken());
        params.put("progress", progress);
        if (total != null) {
            params.put("total", total);
        }
        if (message != null) {
            params.put("message", message);
        }
        exchange.sink().send(JsonRpc.notification("notifications/progress", params));
    }

    @Override
    public void log(LogLevel level, String message) {
        LogLevel wanted = exchange.logLevel();
        if (wanted == null || level.compareTo(wanted) < 0) {
            return;
        }
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("level", level.wire());
        params.put("logger", toolName);
        params.put("data", message);
        exchange.sink().send(JsonRpc.notification("notifications/message", params));
    }

    @Override
    public Elicitation elicit(String message, ObjectNode requestedSchema) throws ToolException {
        return elicit(nextKey("elicitation"), message, requestedSchema);
    }

    @Override
    public ObjectNode sample(ObjectNode params) throws ToolException {
        return sample(nextKey("sampling"), params);
    }

    @Override
    public ArrayNode roots() throws ToolException {
        return roots(nextKey("roots"));
    }

    @Override
    public Elicitation elicit(String key, String message, ObjectNode requestedSchema) throws ToolException {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("message", message);
        params.set("requestedSchema", requestedSchema);
        JsonNode result = ask(key, "elicitation/create", params);
        String action = result.path("action").asText("");
        if (!action.equals("accept") && !action.equals("decline") && !action.equals("cancel")) {
            throw new ToolException("The client answered the elicitation without a valid action.");
        }
        return new Elicitation(action, result.get("content") instanceof ObjectNode content ? content : null);
    }

    @Override
    public ObjectNode sample(String key, ObjectNode params) throws ToolException {
        if (!(ask(key, "sampling/createMessage", params) instanceof ObjectNode result)) {
            throw new ToolException("The client's sampling answer is not an object.");
        }
        return result;
    }

    @Override
    public ArrayNode roots(String key) throws ToolException {
        if (!(ask(key, "roots/list", JsonNodeFactory.instance.objectNode()).get("roots") instanceof ArrayNode roots)) {
            throw new ToolException("The client's roots answer has no roots list.");
        }
        return roots;
    }

    @Override
    public Map<String, JsonNode> askAll(Map<String, ClientQuestion> questions) throws ToolException {
        mayWait();
        try {
            return exchange.asker().askAll(questions);
        } catch (ClientRequestException unanswered) {
            throw new ToolException(unanswered.getMessage());
        }
    }

    @Override
    public boolean clientSupports(String capability) {
        ObjectNode declared = exchange.clientCapabilities();
        return declared != null && declared.has(capability);
    }

    private synchronized String nextKey(String kind) {
        return kind + "-" + (++asked);
    }

    private void mayWait() throws ToolException {
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            // Waiting here would stall every request on this event loop.
            throw new ToolException("The tool " + toolName + " must be declared blocking to ask the client.");
        }
    }

    private JsonNode ask(String key, String method, ObjectNode params) throws ToolException {
        mayWait();
        try {
            JsonNode result = exchange.asker().ask(key, method, params);
            if (result == null || result.isNull()) {
                throw new ToolException("The client's answer to " + method + " has no result.");
            }
            return result;
        } catch (ClientRequestException unanswered) {
            throw new ToolException(unanswered.getMessage());
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }
}
