package dev.securemcp.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.Caller;
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
        if (level.compareTo(exchange.logLevel()) < 0) {
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
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("message", message);
        params.set("requestedSchema", requestedSchema);
        JsonNode result = ask("elicitation/create", params);
        String action = result.path("action").asText("");
        if (!action.equals("accept") && !action.equals("decline") && !action.equals("cancel")) {
            throw new ToolException("The client answered the elicitation without a valid action.");
        }
        return new Elicitation(action, result.get("content") instanceof ObjectNode content ? content : null);
    }

    @Override
    public ObjectNode sample(ObjectNode params) throws ToolException {
        if (!(ask("sampling/createMessage", params) instanceof ObjectNode result)) {
            throw new ToolException("The client's sampling answer is not an object.");
        }
        return result;
    }

    @Override
    public ArrayNode roots() throws ToolException {
        if (!(ask("roots/list", JsonNodeFactory.instance.objectNode()).get("roots") instanceof ArrayNode roots)) {
            throw new ToolException("The client's roots answer has no roots list.");
        }
        return roots;
    }

    private JsonNode ask(String method, ObjectNode params) throws ToolException {
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            // Waiting here would stall every request on this event loop.
            throw new ToolException("The tool " + toolName + " must be declared blocking to ask the client.");
        }
        try {
            JsonNode result = exchange.asker().ask(method, params);
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
