package dev.securemcp.ops;

import java.util.concurrent.ThreadLocalRandom;

import org.jboss.logging.MDC;

/**
 * The id of the request being served, as the logging context holds it: set for every /mcp request
 * by the transport's RequestIds filter before anything else runs, and read wherever a request is
 * named (access log, audit events, refusals).
 */
public final class RequestId {
    /** The MDC key: the {@code requestId} field of JSON log lines, {@code %X{requestId}} in text. */
    public static final String MDC_KEY = "requestId";

    private RequestId() {
    }

    /** The current request's id, or a fresh one outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id instanceof String text ? text : fresh();
    }

    public static String fresh() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }
}
