package dev.securemcp.transport;

import org.jboss.logging.Logger;

/**
 * One line per MCP request: request id, subject, short session id, method, tool, outcome, duration.
 * Never a token or an argument value.
 */
final class AccessLog {
    private static final Logger LOG = Logger.getLogger("secure-mcp.access");

    private AccessLog() {
    }

    static void record(String requestId, String subject, String session, String method, String tool,
            String outcome, long startedNanos) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long micros = (System.nanoTime() - startedNanos) / 1000;
        LOG.infof("req=%s sub=%s session=%s method=%s tool=%s outcome=%s ms=%d.%03d",
                requestId, subject, session == null ? "-" : session, method, tool == null ? "-" : tool,
                outcome, micros / 1000, micros % 1000);
    }
}
