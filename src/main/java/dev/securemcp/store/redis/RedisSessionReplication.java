package dev.securemcp.store.redis;

import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.tools.LogLevel;
import dev.securemcp.transport.McpSession;
import dev.securemcp.transport.SessionBackend;

/**
 * What the other replicas learn of a session: its log level and initialized flag in its hash (the
 * level also announced, so that kept copies change at once), and a client's answer to a request
 * another replica sent, forwarded on that replica's own channel (the request id names it:
 * {@code s-REPLICA-N}).
 */
final class RedisSessionReplication implements SessionBackend.Replication {
    private static final Logger LOG = Logger.getLogger(RedisSessionReplication.class);

    private final RedisStore store;
    private final RedisEvents events;
    private final SessionHashes hashes;

    RedisSessionReplication(RedisStore store, RedisEvents events, SessionHashes hashes) {
        this.store = store;
        this.events = events;
        this.hashes = hashes;
    }

    @Override
    public void logLevel(McpSession session, LogLevel level) {
        change(session, "level", level.wire(),
                RedisSessionRegistry.TYPE + " level " + session.id() + " " + level.wire());
    }

    @Override
    public void initialized(McpSession session) {
        change(session, "init", "1", "");
    }

    @Override
    public void answerElsewhere(McpSession session, JsonNode answer) {
        JsonNode id = answer.get("id");
        String text = id != null && id.isTextual() ? id.textValue() : "";
        int last = text.lastIndexOf('-');
        if (!text.startsWith("s-") || last <= 2) {
            return;
        }
        String replica = text.substring(2, last);
        store.run("PUBLISH", events.channelOf(replica), RedisSessionRegistry.TYPE + " answer " + session.id() + " " + answer)
                .subscribe().with(heard -> {
                    if (heard.toLong() == 0) {
                        LOG.debugf("An answer for session %s went to a replica that is gone", session.shortId());
                    }
                }, failed -> LOG.debugf("An answer for session %s was not forwarded: %s", session.shortId(), failed.getMessage()));
    }

    private void change(McpSession session, String field, String value, String announcement) {
        store.eval(SessionScripts.CHANGE, List.of(hashes.key(session.id())), field, value, events.channel(), announcement)
                .subscribe().with(done -> { }, failed -> LOG.debugf("Session %s's %s not stored: %s", session.shortId(), field,
                        failed.getMessage()));
    }
}
