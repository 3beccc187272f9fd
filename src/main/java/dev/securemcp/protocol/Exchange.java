package dev.securemcp.protocol;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

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
    private volatile String tool;

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

    public LogLevel logLevel() {
        return session == null ? LogLevel.INFO : session.logLevel().get();
    }

    /** The tool a tools/call named, for the access log; null otherwise. */
    public String tool() {
        return tool;
    }

    public void tool(String name) {
        this.tool = name;
    }
}
