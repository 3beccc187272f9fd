package dev.securemcp.transport;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.securemcp.config.McpConfig;
import dev.securemcp.store.StoreConfig;
import dev.securemcp.protocol.Negotiation;
import dev.securemcp.tools.LogLevel;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** Sessions in this process's memory, swept for idleness on a timer. */
@ApplicationScoped
@Typed(InMemorySessionRegistry.class)
public class InMemorySessionRegistry implements SessionRegistry {
    private static final Logger LOG = Logger.getLogger(InMemorySessionRegistry.class);
    private static final Uni<Optional<McpSession>> NOT_FOUND = Uni.createFrom().item(Optional.empty());

    private final Map<String, McpSession> sessions = new ConcurrentHashMap<>();

    @Inject
    McpConfig config;

    @Inject
    TransportAudit audit;

    @Inject
    StandaloneStreams standaloneStreams;

    void startSweeping(@Observes StartupEvent start, Vertx vertx, StoreConfig store) {
        if (store.kind() != StoreConfig.Kind.MEMORY) {
            return;
        }
        long period = Math.max(1000, Math.min(60_000, config.session().idleTimeout().toMillis() / 4));
        vertx.setPeriodic(period, tick -> sweep(System.currentTimeMillis()));
    }

    @Override
    public Uni<McpSession> open(String subject, Negotiation negotiation) {
        long now = System.currentTimeMillis();
        McpSession session = new McpSession(new SessionRecord(SessionIds.next(), subject, negotiation.version(),
                negotiation.clientInfo(), negotiation.clientCapabilities(), LogLevel.INFO, false, now), now,
                new SessionBackend(standaloneStreams, "s-", SessionBackend.Replication.NONE));
        evictPastLimit(subject);
        sessions.put(session.id(), session);
        return Uni.createFrom().item(session);
    }

    @Override
    public McpSession heldHere(String id, String subject) {
        McpSession session = id == null ? null : sessions.get(id);
        if (session == null || !session.subject().equals(subject)) {
            return null;
        }
        session.touch(System.currentTimeMillis());
        return session;
    }

    @Override
    public Uni<Optional<McpSession>> find(String id, String subject) {
        McpSession session = heldHere(id, subject);
        return session == null ? NOT_FOUND : Uni.createFrom().item(Optional.of(session));
    }

    @Override
    public Uni<Void> end(McpSession session) {
        if (sessions.remove(session.id(), session)) {
            session.close();
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public int size() {
        return sessions.size();
    }

    @Override
    public int openStreams() {
        int open = 0;
        for (McpSession session : sessions.values()) {
            open += session.streams().size();
        }
        return open;
    }

    /**
     * On SIGTERM, before Quarkus waits for in-flight requests: the standalone SSE streams never end
     * by themselves, so they are ended now (a clean end of the chunked body), and the shutdown wait
     * is spent only on requests that will finish.
     */
    void endStreams(@Observes ShutdownDelayInitiatedEvent shuttingDown) {
        if (sessions.isEmpty()) {
            return;
        }
        int open = openStreams();
        for (McpSession session : sessions.values()) {
            session.close();
        }
        if (open > 0) {
            LOG.infof("Shutting down: ended %d open SSE streams", open);
        }
    }

    void sweep(long now) {
        long limit = config.session().idleTimeout().toMillis();
        for (McpSession session : sessions.values()) {
            if (now - session.idleSince() > limit) {
                LOG.debugf("Session %s ended after being idle", session.shortId());
                endBy(session, "idle");
            }
        }
    }

    private void evictPastLimit(String subject) {
        long owned = sessions.values().stream().filter(s -> s.subject().equals(subject)).count();
        if (owned >= config.session().maxPerSubject()) {
            sessions.values().stream().filter(s -> s.subject().equals(subject))
                    .min(Comparator.comparingLong(McpSession::idleSince))
                    .ifPresent(oldest -> endBy(oldest, "over max-per-subject"));
        }
        if (sessions.size() >= config.session().maxTotal()) {
            sessions.values().stream().min(Comparator.comparingLong(McpSession::idleSince))
                    .ifPresent(oldest -> endBy(oldest, "over max-total"));
        }
    }

    /** Ended by the server: audited, without anyone waiting for the event. */
    private void endBy(McpSession session, String why) {
        end(session);
        audit.sessionEnded(null, session.subject(), session, why).subscribe().with(written -> { },
                failed -> LOG.errorf("Audit event for session end lost: %s", failed.getMessage()));
    }
}
