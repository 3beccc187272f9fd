package dev.securemcp.protocol;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.Caller;
import dev.securemcp.tools.LogLevel;

/**
 * One JSON-RPC request being answered: who asked, in which session and revision, and where
 * messages sent before the result go.
 */
public final class Exchange {
    private final Caller caller;
    private final ProtocolVersion version;
    private final SessionState session;
    private final MessageSink sink;
    private final JsonNode progressToken;
    private final ClientAsker asker;
    private volatile ObjectNode clientCapabilities;
    private volatile LogLevel requestLogLevel;

    public Exchange(Caller caller, ProtocolVersion version, SessionState session, MessageSink sink,
            JsonNode progressToken) {
        this(caller, version, session, sink, progressToken, ClientAsker.UNAVAILABLE);
    }

    public Exchange(Caller caller, ProtocolVersion version, SessionState session, MessageSink sink,
            JsonNode progressToken, ClientAsker asker) {
        this.asker = Objects.requireNonNull(asker, "asker");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.version = Objects.requireNonNull(version, "version");
        this.session = session;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.progressToken = progressToken;
    }

    public Caller caller() {
        return caller;
    }

    public ProtocolVersion version() {
        return version;
    }

    /** The session, or null for a request outside any session. */
    public SessionState session() {
        return session;
    }

    public MessageSink sink() {
        return sink;
    }

    /** How this request's handler asks the client (sampling, elicitation, roots). */
    public ClientAsker asker() {
        return asker;
    }

    /** The request's {@code _meta.progressToken}, or null. */
    public JsonNode progressToken() {
        return progressToken;
    }

    /** The lowest level of log message the client wants; null for none (a stateless request without logLevel). */
    public LogLevel logLevel() {
        if (session != null) {
            return session.logLevel();
        }
        return version.stateless() ? requestLogLevel : LogLevel.INFO;
    }

    /** The client's declared capabilities: the session's, or those in a stateless request's {@code _meta}. */
    public ObjectNode clientCapabilities() {
        if (clientCapabilities != null) {
            return clientCapabilities;
        }
        return session == null ? null : session.clientCapabilities();
    }

    /** What a stateless request declares about itself in its {@code _meta}. */
    public Exchange declared(ObjectNode capabilities, LogLevel logLevel) {
        this.clientCapabilities = capabilities;
        this.requestLogLevel = logLevel;
        return this;
    }
}
