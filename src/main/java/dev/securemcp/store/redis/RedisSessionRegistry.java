package dev.securemcp.store.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.securemcp.config.McpConfig;
import dev.securemcp.protocol.Negotiation;
import dev.securemcp.store.StoreConfig;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.transport.McpSession;
import dev.securemcp.transport.SessionBackend;
import dev.securemcp.transport.SessionIds;
import dev.securemcp.transport.SessionRecord;
import dev.securemcp.transport.SessionRegistry;
import dev.securemcp.transport.TransportAudit;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.redis.client.Response;

/**
 * Sessions any replica can serve ({@link SessionScripts} has the layout). Each replica keeps the
 * sessions it has served: a request of one of them costs no Redis round trip; a session it has not
 * seen costs one HGETALL. The idle timeout is renewed without a round trip per request: a request
 * marks its session, and every {@code min(idle-timeout / 4, 5 s)} one script renews the marked
 * ones. An end (DELETE, a limit, expiry) and a change of the log level are announced on the
 * deployment's channel; after a resubscribe, each kept session is read again before it is used.
 */
@ApplicationScoped
@Typed({ RedisSessionRegistry.class, StoreListener.class })
public class RedisSessionRegistry implements SessionRegistry, StoreListener {
    private static final Logger LOG = Logger.getLogger(RedisSessionRegistry.class);
    static final String TYPE = "session";
    private static final Uni<Optional<McpSession>> NOT_FOUND = Uni.createFrom().item(Optional.empty());

    private final RedisStore store;
    private final RedisEvents events;
    private final McpConfig config;
    private final TransportAudit audit;
    private final SessionBackend backend;
    private final SessionHashes hashes;
    private final Map<String, KeptSession> kept = new ConcurrentHashMap<>();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    /** Bumped by every resubscribe: a session kept under an older one is read again before use. */
    private final AtomicLong generation = new AtomicLong();

    @Inject
    public RedisSessionRegistry(RedisStore store, RedisEvents events, McpConfig config, TransportAudit audit,
            RedisStandaloneStreams streams, SessionHashes hashes) {
        this.store = store;
        this.events = events;
        this.config = config;
        this.audit = audit;
        this.hashes = hashes;
        this.backend = new SessionBackend(streams, "s-" + events.replica() + "-",
                new RedisSessionReplication(store, events, hashes));
    }

    void onStart(@Observes StartupEvent start, StoreConfig storeConfig, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serves) {
        if (storeConfig.kind() != StoreConfig.Kind.REDIS || !serves) {
            return;
        }
        long every = Math.max(250, Math.min(5000, config.session().idleTimeout().toMillis() / 4));
        vertx.setPeriodic(every, every, tick -> renew());
    }

    @Override
    public Uni<McpSession> open(String subject, Negotiation negotiation) {
        long now = System.currentTimeMillis();
        SessionRecord record = new SessionRecord(SessionIds.next(), subject, negotiation.version(), negotiation.clientInfo(),
                negotiation.clientCapabilities(), LogLevel.INFO, false, now);
        McpSession session = new McpSession(record, now, backend);
        List<String> arguments = new ArrayList<>(List.of(Long.toString(now), Long.toString(idleMillis()),
                Integer.toString(config.session().maxPerSubject()), Integer.toString(config.session().maxTotal()),
                record.id(), hashes.key(""), hashes.subjectSet(""), events.channel()));
        arguments.addAll(hashes.fields(record));
        Executor back = onThisContext();
        return store.eval(SessionScripts.OPEN, List.of(hashes.key(record.id()), hashes.subjectSet(subject), hashes.all()),
                arguments.toArray(String[]::new))
                .map(ended -> {
                    for (int i = 0; i + 1 < ended.size(); i += 2) {
                        endedHere(ended.get(i).toString());
                        auditEnd(ended.get(i + 1).toString(), null, "over a session limit");
                    }
                    kept.put(record.id(), new KeptSession(session, generation.get()));
                    return session;
                })
                .emitOn(back);
    }

    @Override
    public McpSession heldHere(String id, String subject) {
        KeptSession known = id == null ? null : kept.get(id);
        if (known == null || known.generation() != generation.get() || !known.session().subject().equals(subject)) {
            return null;
        }
        return touched(known.session());
    }

    @Override
    public Uni<Optional<McpSession>> find(String id, String subject) {
        if (id == null) {
            return NOT_FOUND;
        }
        KeptSession known = kept.get(id);
        if (known != null && known.generation() == generation.get()) {
            return owned(known.session(), subject);
        }
        Executor back = onThisContext();
        return store.run("HGETALL", hashes.key(id))
                .map(hash -> loaded(id, hash, known))
                .emitOn(back)
                .flatMap(found -> found == null ? NOT_FOUND : owned(found, subject));
    }

    @Override
    public Uni<Void> end(McpSession session) {
        Executor back = onThisContext();
        return store.eval(SessionScripts.END, List.of(hashes.key(session.id()), hashes.subjectSet(session.subject()), hashes.all()),
                session.id(), events.channel())
                .invoke(done -> endedHere(session.id()))
                .replaceWithVoid()
                .emitOn(back);
    }

    @Override
    public int size() {
        return kept.size();
    }

    @Override
    public int openStreams() {
        int open = 0;
        for (KeptSession one : kept.values()) {
            open += one.session().openStreams();
        }
        return open;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** {@code end ID}, {@code level ID LEVEL}, or {@code answer ID MESSAGE} (on this replica's own channel). */
    @Override
    public void onMessage(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length < 2) {
            return;
        }
        switch (parts[0]) {
            case "end" -> endedHere(parts[1]);
            case "level" -> {
                KeptSession one = kept.get(parts[1]);
                LogLevel level = parts.length < 3 ? null : LogLevel.fromWire(parts[2]).orElse(null);
                if (one != null && level != null) {
                    one.session().logLevelSetElsewhere(level);
                }
            }
            case "answer" -> {
                KeptSession one = kept.get(parts[1]);
                if (one != null && parts.length == 3) {
                    hashes.answer(parts[2]).ifPresent(answer -> one.session().pending().complete(answer));
                }
            }
            default -> LOG.debugf("Unknown session message: %s", parts[0]);
        }
    }

    @Override
    public Uni<Void> reload() {
        generation.incrementAndGet();
        return Uni.createFrom().voidItem();
    }

    /** On SIGTERM: this replica's streams end (the sessions go on, on the other replicas). */
    void endStreams(@Observes ShutdownDelayInitiatedEvent shuttingDown) {
        kept.values().forEach(one -> one.session().close());
    }

    private Uni<Optional<McpSession>> owned(McpSession session, String subject) {
        return session.subject().equals(subject) ? Uni.createFrom().item(Optional.of(touched(session))) : NOT_FOUND;
    }

    private McpSession touched(McpSession session) {
        session.touchNow();
        active.add(session.id());
        return session;
    }

    /** The session read from Redis: the one kept here, brought up to date, or a new one; null when gone. */
    private McpSession loaded(String id, Response hash, KeptSession known) {
        if (hash == null || hash.size() == 0) {
            if (known != null) {
                endedHere(id);
            }
            return null;
        }
        SessionRecord record = hashes.record(id, hash);
        if (record == null) {
            return null;
        }
        long now = generation.get();
        KeptSession fresh = kept.compute(id, (key, old) -> {
            if (old != null) {
                old.session().logLevelSetElsewhere(record.logLevel());
                return new KeptSession(old.session(), now);
            }
            return new KeptSession(new McpSession(record, System.currentTimeMillis(), backend), now);
        });
        return fresh.session();
    }

    private void endedHere(String id) {
        KeptSession one = kept.remove(id);
        active.remove(id);
        if (one != null) {
            one.session().close();
        }
    }

    /** Renews the sessions active here since the last renewal, and forgets those idle here past the timeout. */
    private void renew() {
        long now = System.currentTimeMillis();
        List<McpSession> renewing = new ArrayList<>();
        for (KeptSession one : kept.values()) {
            McpSession session = one.session();
            if (active.remove(session.id()) || session.openStreams() > 0) {
                renewing.add(session);
            } else if (now - session.lastActiveAt() > idleMillis() && session.pending().size() == 0) {
                kept.remove(session.id(), one);
            }
        }
        if (renewing.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>();
        List<String> arguments = new ArrayList<>(List.of(Long.toString(now), Long.toString(idleMillis()), hashes.all(),
                hashes.subjectSet("")));
        for (McpSession session : renewing) {
            keys.add(hashes.key(session.id()));
            arguments.add(session.id());
            arguments.add(session.subject());
        }
        store.eval(SessionScripts.RENEW, keys, arguments.toArray(String[]::new)).subscribe().with(gone -> {
            for (Response position : gone) {
                McpSession expired = renewing.get(position.toInteger() - 1);
                if (kept.containsKey(expired.id())) {
                    LOG.debugf("Session %s ended after being idle", expired.shortId());
                    endedHere(expired.id());
                    auditEnd(expired.subject(), expired, "idle");
                }
            }
        }, failed -> LOG.debugf("Sessions not renewed: %s", failed.getMessage()));
    }

    private void auditEnd(String subject, McpSession session, String why) {
        audit.sessionEnded(null, subject, session, why).subscribe().with(written -> { },
                failed -> LOG.errorf("Audit event for session end lost: %s", failed.getMessage()));
    }

    private long idleMillis() {
        return config.session().idleTimeout().toMillis();
    }

    /** Back to the calling request's context once Redis has answered (the writers need it). */
    private static Executor onThisContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }

    /** A session this replica holds, and the subscription generation it was last read under. */
    private record KeptSession(McpSession session, long generation) {
    }
}
