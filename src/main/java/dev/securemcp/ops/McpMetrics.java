package dev.securemcp.ops;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * The server's own meters, on Micrometer's global registry (Quarkus adds its Prometheus registry to
 * it), so that static call sites such as the access log can record without injection. Tag values
 * come from closed sets only: a client cannot create new time series by inventing method names.
 */
public final class McpMetrics {
    public static final String REQUESTS = "mcp.requests";
    public static final String AUTH_FAILURES = "mcp.auth.failures";
    public static final String SESSIONS = "mcp.sessions.open";
    public static final String STREAMS = "mcp.sse.streams.open";
    /** The request timers by method, tool and outcome: building and looking one up was about 3 % of a request. */
    private static final Map<String, Timer> TIMERS = new ConcurrentHashMap<>();

    private McpMetrics() {
    }

    /**
     * One answered JSON-RPC request.
     *
     * @param method a method name the server knows (anything else is counted as {@code other})
     * @param tool a registered tool's name, or null
     * @param outcome {@code ok}, {@code isError}, {@code error:<code>} or {@code http:<status>}
     */
    public static void request(String method, String tool, String outcome, long nanos) {
        String key = method + '\n' + tool + '\n' + outcome;
        Timer timer = TIMERS.get(key);
        if (timer == null) {
            timer = TIMERS.computeIfAbsent(key, ignored -> timer(method, tool, outcome));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** Forgets the timers, so that an application started again in the same JVM registers its own. */
    public static void reset() {
        TIMERS.clear();
    }

    private static Timer timer(String method, String tool, String outcome) {
        return Timer.builder(REQUESTS)
                .description("Answered MCP requests by method, tool and outcome")
                .tag("method", method)
                .tag("tool", tool == null ? "none" : tool)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(Metrics.globalRegistry);
    }

    /** One refused authentication; {@code kind} is a TokenFailure name. */
    public static void authFailure(String kind) {
        Metrics.globalRegistry.counter(AUTH_FAILURES, "kind", kind.toLowerCase(Locale.ROOT)).increment();
    }
}
