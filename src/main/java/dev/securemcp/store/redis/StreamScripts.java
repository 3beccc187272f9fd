package dev.securemcp.store.redis;

/**
 * The Lua scripts of the standalone streams in Redis, each one round trip and atomic. A session's
 * live streams are the sorted set {@code PREFIX streams:SESSION} of {@code "REPLICA STREAM"}
 * members, each scored by the time its holder's heartbeat runs out; streams whose connection ended
 * (or whose holder stopped renewing them) move to {@code PREFIX streams-gone:SESSION}, scored by the
 * end of their replay time, and still keep the session's messages while no live stream takes them,
 * so that a client that reconnects with Last-Event-ID gets them. A stream's events are the capped
 * Redis stream {@code PREFIX sse:SESSION:STREAM}.
 */
final class StreamScripts {
    /** KEYS[1] live, KEYS[2] gone; ARGV[1] now, ARGV[2] end of replay for what moves to gone. */
    private static final String PRUNE = """
            for _, lapsed in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])) do
              redis.call('ZADD', KEYS[2], ARGV[2], lapsed)
            end
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
            redis.call('PEXPIRE', KEYS[2], ARGV[3])
            """;

    /**
     * KEYS live, gone, the stream's events; ARGV now, end of replay, replay TTL (ms), the new
     * holder's expiry, the per-session maximum, the member, " STREAM", the Last-Event-ID's entry or
     * '', the live set's TTL (ms). A resumed stream moves to its new holder. Returns {0} when the
     * session holds its maximum of live streams, else {1} and, when resuming, the entries after the given one.
     */
    static final String OPEN = PRUNE + """
            for k = 1, 2 do
              for _, held in ipairs(redis.call('ZRANGE', KEYS[k], 0, -1)) do
                if string.sub(held, -#ARGV[7]) == ARGV[7] then redis.call('ZREM', KEYS[k], held) end
              end
            end
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[5]) then return {0} end
            redis.call('ZADD', KEYS[1], ARGV[4], ARGV[6])
            redis.call('PEXPIRE', KEYS[1], ARGV[9])
            if ARGV[8] == '' then return {1} end
            return {1, redis.call('XRANGE', KEYS[3], '(' .. ARGV[8], '+')}""";

    /** KEYS live, gone; ARGV now, end of replay, replay TTL (ms), the member: its connection ended. */
    static final String CLOSE = """
            if redis.call('ZREM', KEYS[1], ARGV[4]) == 1 then
              redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
              redis.call('PEXPIRE', KEYS[2], ARGV[3])
            end
            return 1""";

    /**
     * KEYS live, gone; ARGV now, end of replay, replay TTL (ms), the events' key prefix, their cap,
     * the message, the replicas' channel prefix, the session. "The server MUST send each of its
     * JSON-RPC messages on only one of the connected streams": the newest live one's, else the newest
     * gone one's (kept for its replay). Published to its holder; returns 0 when the session has no stream.
     */
    static final String BROADCAST = PRUNE + """
            local newest = redis.call('ZRANGE', KEYS[1], -1, -1)
            if #newest == 0 then newest = redis.call('ZRANGE', KEYS[2], -1, -1) end
            if #newest == 0 then return 0 end
            local replica, stream = string.match(newest[1], '^(%S+) (%S+)$')
            local events = ARGV[4] .. stream
            local entry = redis.call('XADD', events, 'MAXLEN', '~', ARGV[5], '*', 'm', ARGV[6])
            redis.call('PEXPIRE', events, ARGV[3])
            redis.call('PUBLISH', ARGV[7] .. replica, 'sse ' .. ARGV[8] .. ' ' .. stream .. ' ' .. entry .. ' ' .. ARGV[6])
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
