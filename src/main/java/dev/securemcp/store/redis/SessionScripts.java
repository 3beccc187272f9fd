package dev.securemcp.store.redis;

/**
 * The Lua scripts of sessions in Redis. A session is the hash {@code PREFIX session:ID} (expiring
 * after the idle timeout); {@code PREFIX sessions-of:SUBJECT} and {@code PREFIX sessions} are sorted
 * sets of ids scored by last activity, for the per-subject and total limits.
 */
final class SessionScripts {

    /**
     * KEYS the new session's hash, its subject's set, the set of all; ARGV now, idle timeout (ms),
     * max per subject, max total, the id, the hash prefix, the subject-set prefix, the events channel,
     * then the hash's fields and values. Ends the oldest session past each limit (announced on the
     * channel) and returns them as {id, subject, ...}.
     */
    static final String OPEN = """
            local cutoff = tonumber(ARGV[1]) - tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', cutoff)
            redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', cutoff)
            local oldest = {}
            if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[3]) then
              oldest[#oldest + 1] = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
            end
            if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[4]) then
              local first = redis.call('ZRANGE', KEYS[3], 0, 0)[1]
              if first ~= oldest[1] then oldest[#oldest + 1] = first end
            end
            local ended = {}
            for _, id in ipairs(oldest) do
              local subject = redis.call('HGET', ARGV[6] .. id, 'sub') or ''
              redis.call('DEL', ARGV[6] .. id)
              redis.call('ZREM', KEYS[3], id)
              redis.call('ZREM', ARGV[7] .. subject, id)
              redis.call('PUBLISH', ARGV[8], 'session end ' .. id)
              ended[#ended + 1] = id
              ended[#ended + 1] = subject
            end
            redis.call('HSET', KEYS[1], unpack(ARGV, 9))
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[1], ARGV[5])
            redis.call('PEXPIRE', KEYS[2], ARGV[2])
            redis.call('ZADD', KEYS[3], ARGV[1], ARGV[5])
            return ended""";

    /** KEYS the hash, its subject's set, the set of all; ARGV the id, the events channel. */
    static final String END = """
            redis.call('DEL', KEYS[1])
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('ZREM', KEYS[3], ARGV[1])
            redis.call('PUBLISH', ARGV[2], 'session end ' .. ARGV[1])
            return 1""";

    /**
     * KEYS the hashes of the sessions active here since the last renewal; ARGV now, idle timeout
     * (ms), the set of all, the subject-set prefix, then each session's id and subject. Renews each
     * one's expiry and activity; returns the positions (from 1) of those already gone.
     */
    static final String RENEW = """
            local gone = {}
            for i = 1, #KEYS do
              local id = ARGV[3 + 2 * i]
              if redis.call('PEXPIRE', KEYS[i], ARGV[2]) == 1 then
                redis.call('ZADD', ARGV[3], ARGV[1], id)
                redis.call('ZADD', ARGV[4] .. ARGV[4 + 2 * i], ARGV[1], id)
              else
                gone[#gone + 1] = i
              end
            end
            return gone""";

    /** KEYS the hash; ARGV the field, its value, the events channel, the announcement. */
    static final String CHANGE = """
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            if ARGV[4] ~= '' then redis.call('PUBLISH', ARGV[3], ARGV[4]) end
            return 1""";

    private SessionScripts() {
    }
}
