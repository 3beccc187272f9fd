package dev.securemcp.store.redis;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.protocol.JsonRpcResponse;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.ProtocolVersion;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.transport.SessionRecord;
import io.vertx.mutiny.redis.client.Response;

/** The names of the sessions' keys, and a session record to and from its hash's fields. */
@ApplicationScoped
public class SessionHashes {
    private static final Logger LOG = Logger.getLogger(SessionHashes.class);

    private final RedisStore store;
    private final ObjectMapper mapper;

    @Inject
    public SessionHashes(RedisStore store, ObjectMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    String key(String id) {
        return store.key("session:" + id);
    }

    String subjectSet(String subject) {
        return store.key("sessions-of:" + subject);
    }

    String all() {
        return store.key("sessions");
    }

    List<String> fields(SessionRecord record) {
        return List.of("sub", record.subject(), "ver", record.version().wire(), "info", record.clientInfo().toString(),
                "caps", record.clientCapabilities().toString(), "level", record.logLevel().wire(),
                "init", record.initialized() ? "1" : "0", "created", Long.toString(record.createdAt()));
    }

    /** The record of an HGETALL answer; null when a field is missing or unreadable (then the session is not served). */
    SessionRecord record(String id, Response hash) {
        try {
            Optional<ProtocolVersion> version = ProtocolVersion.fromWire(text(hash, "ver"));
            if (version.isEmpty()) {
                return null;
            }
            return new SessionRecord(id, text(hash, "sub"), version.get(), object(text(hash, "info")),
                    object(text(hash, "caps")), LogLevel.fromWire(text(hash, "level")).orElse(LogLevel.INFO),
                    "1".equals(text(hash, "init")), Long.parseLong(text(hash, "created")));
        } catch (RuntimeException | JsonProcessingException unreadable) {
            LOG.warnf("Session %s has an unreadable record in Redis: not served", id.substring(0, Math.min(8, id.length())));
            return null;
        }
    }

    /** A client's answer forwarded by the replica that received it. */
    Optional<JsonRpcResponse> answer(String message) {
        try {
            return JsonRpc.read(mapper.readTree(message)) instanceof JsonRpcResponse answer ? Optional.of(answer) : Optional.empty();
        } catch (JsonProcessingException | McpException unreadable) {
            return Optional.empty();
        }
    }

    private ObjectNode object(String json) throws JsonProcessingException {
        JsonNode node = json == null ? null : mapper.readTree(json);
        return node instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    }

    private static boolean isMap(Response hash) {
        try {
            return hash.getKeys() != null && !hash.getKeys().isEmpty();
        } catch (RuntimeException notAMap) {
            return false;
        }
    }

    /** A field of an HGETALL answer (RESP2 gives a flat list, RESP3 a map). */
    private static String text(Response hash, String field) {
        if (isMap(hash)) {
            Response value = hash.get(field);
            if (value == null) {
                throw new IllegalStateException("no field " + field);
            }
            return value.toString();
        }
        for (int i = 0; i + 1 < hash.size(); i += 2) {
            if (field.equals(hash.get(i).toString())) {
                return hash.get(i + 1).toString();
            }
        }
        throw new IllegalStateException("no field " + field);
    }
}
