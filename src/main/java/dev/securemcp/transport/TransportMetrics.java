package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.securemcp.ops.McpMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/** Gauges over the transport's state: open sessions and open standalone SSE streams. */
@ApplicationScoped
public class TransportMetrics {

    void register(@Observes StartupEvent start, MeterRegistry registry, SessionRegistry sessions) {
        McpMetrics.reset();
        Gauge.builder(McpMetrics.SESSIONS, sessions, SessionRegistry::size)
                .strongReference(true).description("Open MCP sessions").register(registry);
        Gauge.builder(McpMetrics.STREAMS, sessions, SessionRegistry::openStreams)
                .strongReference(true).description("Open standalone SSE streams (GET /mcp)").register(registry);
    }
}
