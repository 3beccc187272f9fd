package dev.securemcp.store.redis;

/**
 * The Lua scripts of the standalone streams in Redis, each one round trip and atomic. A session's
 * holders are the sorted set {@code PREFIX streams:SESSION} of {@code "REPLICA STREAM"} members,
 * each scored by the time its holder's heartbeat runs out; a stream's events are the capped Redis
 * stream {@code PREFIX sse:SESSION:STREAM}.
 */
final class StreamScripts {

    /**
     * KEYS the holders and the stream's events; ARGV now, the new holder's expiry, the per-session
     * maximum, the member, " STREAM", the Last-Event-ID's entry or '', the holders' TTL (ms). A
     * resumed stream moves to its new holder; an expired holder counts for nothing. Returns {0}
     * when the session holds its maximum, else {1} and, when resuming, the entries after the given one.
     */
    static final String OPEN = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            for _, held in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
              if string.sub(held, -#ARGV[5]) == ARGV[5] then redis.call('ZREM', KEYS[1], held) end
            end
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return {0} end
            redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
            redis.call('PEXPIRE', KEYS[1], ARGV[7])
            if ARGV[6] == '' then return {1} end
            return {1, redis.call('XRANGE', KEYS[2], '(' .. ARGV[6], '+')}""";

    /**
     * KEYS the holders; ARGV now, the events' key prefix, their cap, their TTL (ms), the message,
     * the replicas' channel prefix. "The server MUST send each of its JSON-RPC messages on only one
     * of the connected streams": the newest live holder's. The message is kept in that stream's
     * events and published to its holder; returns 0 when no stream is open.
     */
    static final String BROADCAST = """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            local newest = redis.call('ZRANGE', KEYS[1], -1, -1)
            if #newest == 0 then return 0 end
            local replica, stream = string.match(newest[1], '^(%S+) (%S+)$')
            local events = ARGV[2] .. stream
            local entry = redis.call('XADD', events, 'MAXLEN', '~', ARGV[3], '*', 'm', ARGV[5])
            redis.call('PEXPIRE', events, ARGV[4])
            redis.call('PUBLISH', ARGV[6] .. replica, 'sse ' .. stream .. ' ' .. entry .. ' ' .. ARGV[5])
            return 1""";

    /**
     * KEYS the holders of each stream this replica holds; ARGV the new expiry, the holders' TTL (ms),
     * then each stream's member. Returns the positions (from 1) of the members no longer there: their
     * stream was resumed elsewhere or ran out.
     */
    static final String HEARTBEAT = """
            local gone = {}
            for i = 1, #KEYS do
              if redis.call('ZADD', KEYS[i], 'XX', 'CH', ARGV[1], ARGV[i + 2]) == 0 then gone[#gone + 1] = i end
              redis.call('PEXPIRE', KEYS[i], ARGV[2])
            end
            return gone""";

    private StreamScripts() {
    }
}
