package dev.securemcp.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import dev.securemcp.ops.RequestId;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request to /mcp an id before anything else runs (the Origin check, authentication),
 * and puts it in the logging context: every log line of the request carries it ({@code requestId}
 * in JSON logs, {@code %X{requestId}} in the readable format), as does the access-log line and the
 * {@code X-Request-Id} response header. Quarkus keeps the MDC per request on its Vert.x context.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final int BEFORE_THE_ORIGIN_CHECK = 2000;

    void register(@Observes Filters filters) {
        filters.register(this::assign, BEFORE_THE_ORIGIN_CHECK);
    }

    private void assign(RoutingContext context) {
        if (McpPath.covers(context.normalizedPath())) {
            String id = RequestId.fresh();
            MDC.put(RequestId.MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.addEndHandler(ended -> MDC.remove(RequestId.MDC_KEY));
        }
        context.next();
    }

    /** The current request's id, or a fresh one outside a request. */
    static String current() {
        return RequestId.current();
    }
}
