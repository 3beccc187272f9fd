package dev.securemcp.store.redis;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.config.McpConfig;
import dev.securemcp.store.StoreConfig;
import dev.securemcp.transport.McpSession;
import dev.securemcp.transport.StandaloneStream;
import dev.securemcp.transport.StandaloneStreams;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.redis.client.Response;

/**
 * The standalone streams of sessions that any replica may serve ({@link StreamScripts} has the
 * layout). A stream is held by the replica its GET reached; a message for the session, from any
 * replica, goes to one live stream's holder on that replica's own channel, and is kept for replay.
 * Each event's id names its stream ({@code STREAM.ENTRY}), so a GET with {@code Last-Event-ID} on
 * any replica takes the stream over and replays what it missed, and never another stream's events.
 * Holders renew their streams every heartbeat interval; a replica that dies stops renewing, and
 * its streams count for nothing once {@code stale-after} has passed.
 */
@ApplicationScoped
@Typed({ RedisStandaloneStreams.class, StoreListener.class })
public class RedisStandaloneStreams implements StandaloneStreams, StoreListener {
    private static final Logger LOG = Logger.getLogger(RedisStandaloneStreams.class);
    static final String TYPE = "sse";
    private static final Base64.Encoder IDS = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern EVENT_ID = Pattern.compile("([A-Za-z0-9_-]{16})\\.(\\d{1,19}-\\d{1,19})");

    private final RedisStore store;
    private final RedisEvents events;
    private final StoreConfig.Redis settings;
    private final int maxPerSession;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final SecureRandom random = new SecureRandom();
    /** The streams this replica holds, by session and stream id. */
    private final Map<String, HeldStream> held = new ConcurrentHashMap<>();
    private volatile boolean renewing;

    @Inject
    public RedisStandaloneStreams(RedisStore store, RedisEvents events, StoreConfig storeConfig, McpConfig config,
            ObjectMapper mapper, Vertx vertx) {
        this.store = store;
        this.events = events;
        this.settings = storeConfig.redis();
        this.maxPerSession = config.sse().maxStreamsPerSession();
        this.mapper = mapper;
        this.vertx = vertx;
    }

    @Override
    public Uni<Boolean> open(McpSession session, StandaloneStream stream, String lastEventId) {
        Matcher resumed = lastEventId == null ? null : EVENT_ID.matcher(lastEventId.strip());
        boolean resuming = resumed != null && resumed.matches();
        String streamId = resuming ? resumed.group(1) : newStreamId();
        HeldStream mine = new HeldStream(session.id(), streamId, stream);
        String key = heldKey(session.id(), streamId);
        held.put(key, mine);
        startRenewing();
        long now = System.currentTimeMillis();
        return store.eval(StreamScripts.OPEN, List.of(live(session.id()), gone(session.id()), eventsKey(session.id(), streamId)),
                Long.toString(now), Long.toString(now + settings.replayTtl().toMillis()), Long.toString(settings.replayTtl().toMillis()),
                Long.toString(now + settings.staleAfter().toMillis()), Integer.toString(maxPerSession),
                member(streamId), " " + streamId, resuming ? resumed.group(2) : "",
                Long.toString(settings.staleAfter().toMillis()))
                .map(answer -> {
                    if (answer.get(0).toInteger() == 0) {
                        held.remove(key, mine);
                        return false;
                    }
                    List<Event> replay = new ArrayList<>();
                    if (answer.size() > 1) {
                        for (Response entry : answer.get(1)) {
                            replay.add(new Event(entry.get(0).toString(), entry.get(1).get(1).toString()));
                        }
                    }
                    mine.replayed(replay, this::write);
                    return true;
                })
                .onFailure().invoke(failed -> held.remove(key, mine));
    }

    @Override
    public void closed(McpSession session, StandaloneStream stream) {
        held.entrySet().removeIf(entry -> {
            HeldStream one = entry.getValue();
            if (one.stream() != stream) {
                return false;
            }
            long now = System.currentTimeMillis();
            store.eval(StreamScripts.CLOSE, List.of(live(one.sessionId()), gone(one.sessionId())), Long.toString(now),
                    Long.toString(now + settings.replayTtl().toMillis()), Long.toString(settings.replayTtl().toMillis()),
                    member(one.streamId()))
                    .subscribe().with(moved -> { }, failed -> LOG.debugf("Ended stream not recorded: %s", failed.getMessage()));
            return true;
        });
    }

    @Override
    public void broadcast(McpSession session, ObjectNode message) {
        broadcast(session.id(), message);
    }

    /** Sends a message on one of the session's streams, held by whichever replica; dropped when none is open. */
    public void broadcast(String sessionId, ObjectNode message) {
        String text;
        try {
            text = mapper.writeValueAsString(message);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException(unwritable);
        }
        long now = System.currentTimeMillis();
        store.eval(StreamScripts.BROADCAST, List.of(live(sessionId), gone(sessionId)), Long.toString(now),
                Long.toString(now + settings.replayTtl().toMillis()), Long.toString(settings.replayTtl().toMillis()),
                eventsKey(sessionId, ""), Integer.toString(settings.replayEvents()), text, events.channelOf(""), sessionId)
                .subscribe().with(sent -> { }, failed -> LOG.debugf("A message for a session's stream was lost: %s",
                        failed.getMessage()));
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** {@code SESSION STREAM ENTRY MESSAGE}, from the replica that sent the message. */
    @Override
    public void onMessage(String payload) {
        int first = payload.indexOf(' ');
        int second = first < 0 ? -1 : payload.indexOf(' ', first + 1);
        int third = second < 0 ? -1 : payload.indexOf(' ', second + 1);
        if (third < 0) {
            return;
        }
        HeldStream stream = held.get(payload.substring(0, second));
        if (stream != null) {
            stream.live(new Event(payload.substring(second + 1, third), payload.substring(third + 1)), this::write);
        }
    }

    /** Nothing to load: the holders renew their streams on their own. */
    @Override
    public Uni<Void> reload() {
        return Uni.createFrom().voidItem();
    }

    private void write(HeldStream stream, Event event) {
        try {
            stream.stream().send(stream.streamId() + "." + event.entry(), (ObjectNode) mapper.readTree(event.message()));
        } catch (JsonProcessingException | ClassCastException unreadable) {
            LOG.warnf("An event of stream %s was not a JSON object and was skipped", stream.streamId());
        }
    }

    private synchronized void startRenewing() {
        if (!renewing) {
            renewing = true;
            long every = settings.heartbeatInterval().toMillis();
            vertx.setPeriodic(every, every, tick -> renew());
        }
    }

    /** Renews every held stream in one script; a stream whose holder record is gone ends here. */
    private void renew() {
        List<HeldStream> streams = List.copyOf(held.values());
        if (streams.isEmpty()) {
            return;
        }
        long ttl = settings.staleAfter().toMillis();
        List<String> keys = new ArrayList<>(streams.size());
        String[] arguments = new String[streams.size() + 2];
        arguments[0] = Long.toString(System.currentTimeMillis() + ttl);
        arguments[1] = Long.toString(ttl);
        for (int i = 0; i < streams.size(); i++) {
            keys.add(live(streams.get(i).sessionId()));
            arguments[i + 2] = member(streams.get(i).streamId());
        }
        store.eval(StreamScripts.HEARTBEAT, keys, arguments).subscribe().with(gone -> {
            for (Response position : gone) {
                HeldStream superseded = streams.get(position.toInteger() - 1);
                if (held.remove(heldKey(superseded.sessionId(), superseded.streamId()), superseded)) {
                    LOG.debugf("Stream %s is held elsewhere now, or ran out: ended here", superseded.streamId());
                    superseded.stream().end();
                }
            }
        }, failed -> LOG.debugf("Streams not renewed: %s", failed.getMessage()));
    }

    private String newStreamId() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return IDS.encodeToString(bytes);
    }

    private String member(String streamId) {
        return events.replica() + " " + streamId;
    }

    private String live(String sessionId) {
        return store.key("streams:" + sessionId);
    }

    private String gone(String sessionId) {
        return store.key("streams-gone:" + sessionId);
    }

    private static String heldKey(String sessionId, String streamId) {
        return sessionId + " " + streamId;
    }

    private String eventsKey(String sessionId, String streamId) {
        return store.key("sse:" + sessionId + ":" + streamId);
    }
}
