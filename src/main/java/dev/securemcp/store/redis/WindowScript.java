package dev.securemcp.store.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * One fixed-window decision in one Lua script (atomic, one round trip): count the event, start the
 * window's expiry on its first event, and answer the count and the milliseconds left. With
 * {@code announce} set, a count at or past it is published on the deployment's channel.
 */
final class WindowScript {
    /** KEYS[1] the window; ARGV[1] its length in ms, ARGV[2] the count to announce at (0: never), ARGV[3] the channel, ARGV[4] the message. */
    private static final String HIT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            local left = redis.call('PTTL', KEYS[1])
            if left < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              left = tonumber(ARGV[1])
            end
            local announce = tonumber(ARGV[2])
            if announce > 0 and n >= announce then
              redis.call('PUBLISH', ARGV[3], ARGV[4] .. ' ' .. left)
            end
            return {n, left}""";
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    });

    /** The count so far in the window, and the milliseconds until it ends. */
    record Hit(long count, long millisLeft) {
    }

    private WindowScript() {
    }

    static Uni<Hit> hit(RedisStore store, String key, long windowMillis, long announceAt, String message) {
        return store.eval(HIT, List.of(key), Long.toString(windowMillis), Long.toString(announceAt),
                store.key(RedisEvents.CHANNEL), message)
                .map(WindowScript::parse);
    }

    /** A short, fixed-length key part for a subject or address of any length and alphabet. */
    static String digest(String value) {
        byte[] hash = SHA256.get().digest(value.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    }

    private static Hit parse(Response answer) {
        return new Hit(answer.get(0).toLong(), answer.get(1).toLong());
    }
}
