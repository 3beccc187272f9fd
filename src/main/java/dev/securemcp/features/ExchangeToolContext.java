package dev.securemcp.features;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.Caller;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.tools.ToolContext;

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
    public boolean cancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }
}
