package dev.securemcp.transport;

import org.jboss.logging.Logger;

import dev.securemcp.ops.McpMetrics;
import dev.securemcp.ops.Printable;
import dev.securemcp.protocol.McpMethod;

/**
 * One line per MCP request: request id, subject, short session id, method, tool, outcome, duration.
 * Never a token or an argument value. The same facts feed the request metrics.
 */
final class AccessLog {
    private static final Logger LOG = Logger.getLogger("secure-mcp.access");

    private AccessLog() {
    }

    /** @param session the session's short id, or null */
    static void record(Arrival arrival, String session, String method, String tool, String outcome) {
        long nanos = System.nanoTime() - arrival.started();
        String knownMethod = known(method);
        int space = outcome.indexOf(' ');
        McpMetrics.request(knownMethod, tool, space < 0 ? outcome : outcome.substring(0, space), nanos);
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long micros = nanos / 1000;
        long fraction = micros % 1000;
        // Built by hand: java.util.Formatter was a visible share of a request's CPU in the profile.
        StringBuilder line = new StringBuilder(160)
                .append("req=").append(arrival.requestId())
                .append(" sub=").append(arrival.subject())
                .append(" session=").append(session == null ? "-" : session)
                .append(" method=").append(knownMethod.equals("other") ? "other:" + Printable.word(method, 64) : knownMethod)
                .append(" tool=").append(tool == null ? "-" : tool)
                .append(" outcome=").append(outcome)
                .append(" ms=").append(micros / 1000).append('.')
                .append(fraction < 100 ? (fraction < 10 ? "00" : "0") : "").append(fraction);
        LOG.info(line.toString());
    }

    /** A wire name this server knows, {@code batch}, {@code invalid} (unreadable message) or {@code other}. */
    private static String known(String method) {
        if (method == null || method.equals("-")) {
            return "invalid";
        }
        if (method.equals("batch")) {
            return method;
        }
        return McpMethod.fromWire(method).map(McpMethod::wireName).orElse("other");
    }
}
