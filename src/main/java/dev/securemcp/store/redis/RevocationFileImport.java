package dev.securemcp.store.redis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.securemcp.config.McpConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Switching a deployment from {@code memory} to {@code redis} must not bring a revoked token back:
 * the ids in {@code mcp.revocation.file} go into Redis once. "Once" is a marker key named by the
 * file's SHA-256, kept as long as a revocation: every replica with the same file imports it once,
 * and a later start finds the marker and skips it. After the marker expires, so has every token
 * the file could name.
 */
@ApplicationScoped
public class RevocationFileImport {
    private static final Logger LOG = Logger.getLogger(RevocationFileImport.class);
    /** KEYS[1] the marker, KEYS[2..] the ids' keys; ARGV[1] the TTL, ARGV[2] the channel, ARGV[3..] the ids. */
    private static final String IMPORT = """
            if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then
              return -1
            end
            local added = 0
            for i = 2, #KEYS do
              if redis.call('SET', KEYS[i], '1', 'NX', 'PX', ARGV[1]) then
                added = added + 1
                redis.call('PUBLISH', ARGV[2], 'revoked ' .. ARGV[i + 1])
              end
            end
            return added""";

    private final RedisStore store;
    private final Path file;
    private volatile boolean done;

    @Inject
    public RevocationFileImport(RedisStore store, McpConfig config) {
        this.store = store;
        this.file = Path.of(config.revocation().file());
    }

    /** Imports the file unless this process or another already has; the file itself is left as it is. */
    public Uni<Void> importOnce(Duration keep) {
        if (done) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().item(this::read).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(content -> content == null ? Uni.createFrom().voidItem() : send(content, keep));
    }

    private Uni<Void> send(byte[] content, Duration keep) {
        List<String> ids = new String(content, StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (ids.isEmpty()) {
            done = true;
            return Uni.createFrom().voidItem();
        }
        List<String> keys = new ArrayList<>(ids.size() + 1);
        keys.add(store.key("revocation-import:" + sha256(content)));
        ids.forEach(id -> keys.add(store.key(RedisRevocationStore.TYPE + ":" + id)));
        List<String> arguments = new ArrayList<>(ids.size() + 2);
        arguments.add(Long.toString(keep.toMillis()));
        arguments.add(store.key(RedisEvents.CHANNEL));
        arguments.addAll(ids);
        return store.eval(IMPORT, keys, arguments.toArray(String[]::new))
                .invoke(added -> {
                    done = true;
                    long count = added.toLong();
                    if (count < 0) {
                        LOG.infof("The revocation file %s was already imported into Redis", file);
                    } else {
                        LOG.infof("Imported %d revoked token ids from %s into Redis (%d were there already)", count, file,
                                ids.size() - count);
                    }
                })
                .replaceWithVoid();
    }

    private byte[] read() {
        if (!Files.exists(file)) {
            done = true;
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read the revocation file " + file + " to import it", unreadable);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
