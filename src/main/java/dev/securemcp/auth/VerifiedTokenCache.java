package dev.securemcp.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import dev.securemcp.access.Caller;
import dev.securemcp.config.McpConfig;

/**
 * Tokens that passed verification, so that a repeated token skips parsing and the signature check.
 * Keyed by the SHA-256 of the token (the raw token is never a key); bounded in size; an entry lives
 * until the token's {@code exp} (never into the clock-skew grace that a full check would allow) and
 * is dropped when its {@code jti} is revoked or the keys change ({@link #forgetTokenId},
 * {@link #clear}), and is not served once the key that verified it has left the key set (its
 * {@link KeyStanding}, read on each hit). Only successes are kept: a refused token is checked in
 * full every time.
 */
@Singleton
public final class VerifiedTokenCache {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(VerifiedTokenCache::sha256);

    /**
     * What a hit hands back: the verified token, its caller (null when put without one), its roles,
     * when it stops being usable, and its key's standing.
     */
    public record Verified(JsonWebToken token, Caller caller, Set<String> roles, long expiresAtMillis, KeyStanding key) {
    }

    /** The 256-bit digest as four longs: cheap equals and hashCode. */
    record Key(long a, long b, long c, long d) {
        static Key of(String token) {
            MessageDigest digest = SHA256.get();
            ByteBuffer hash = ByteBuffer.wrap(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
            return new Key(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
        }
    }

    private final Cache<Key, Verified> entries;
    private final LongSupplier clockMillis;
    /** Bumped by every removal, so a verification that raced with it does not put a stale entry back. */
    private final AtomicLong generation = new AtomicLong();

    @Inject
    public VerifiedTokenCache(McpConfig config) {
        this(config.auth().tokenCache().maxEntries(), System::currentTimeMillis);
    }

    public VerifiedTokenCache(long maxEntries, LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
        this.entries = Caffeine.newBuilder()
                // Eviction and expiry on the thread that uses the cache, a little at a time: the
                // default hands them to ForkJoinPool's common pool, one more thread to wake on a busy core.
                .executor(Runnable::run)
                .maximumSize(maxEntries)
                .expireAfter(new Expiry<Key, Verified>() {
                    @Override
                    public long expireAfterCreate(Key key, Verified value, long currentTime) {
                        return TimeUnit.MILLISECONDS.toNanos(Math.max(0, value.expiresAtMillis() - clockMillis.getAsLong()));
                    }

                    @Override
                    public long expireAfterUpdate(Key key, Verified value, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, value, currentTime);
                    }

                    @Override
                    public long expireAfterRead(Key key, Verified value, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /** A ticket taken before verifying a token, handed back to {@link #put}. */
    public long generation() {
        return generation.get();
    }

    /**
     * The verified token for this exact token string, if cached, not past its {@code exp}, and its key
     * still in the key set (else the entry is dropped and the token must be verified in full).
     */
    public Verified find(String token) {
        Key key = Key.of(token);
        Verified hit = entries.getIfPresent(key);
        if (hit == null) {
            return null;
        }
        if (clockMillis.getAsLong() >= hit.expiresAtMillis()) {
            return null;
        }
        if (!hit.key().inForce()) {
            entries.invalidate(key);
            return null;
        }
        return hit;
    }

    /**
     * Keeps a token that has just passed full verification with a key of this {@code standing}.
     * Nothing is kept when its {@code exp} has passed, when the key has already left the key set
     * (null or withdrawn), or when an entry was dropped since {@code generationBeforeCheck} was read.
     */
    public void put(String token, JsonWebToken verified, Set<String> roles, KeyStanding standing,
            long generationBeforeCheck) {
        put(token, new Verified(verified, null, roles, 0, standing), generationBeforeCheck);
    }

    /** The same, keeping the token's caller with it ({@code entry}'s expiry is taken from the token). */
    public void put(String token, Verified entry, long generationBeforeCheck) {
        JsonWebToken verified = entry.token();
        KeyStanding standing = entry.key();
        long expiresAt = verified.getExpirationTime() * 1000L;
        if (expiresAt <= clockMillis.getAsLong() || standing == null || !standing.inForce()) {
            return;
        }
        Key key = Key.of(token);
        entries.put(key, new Verified(verified, entry.caller(), Set.copyOf(entry.roles()), expiresAt, standing));
        if (generation.get() != generationBeforeCheck) {
            entries.invalidate(key);
        }
    }

    /** Drops every cached token with this {@code jti}. Revocation must call it. */
    public void forgetTokenId(String jti) {
        generation.incrementAndGet();
        if (jti != null) {
            entries.asMap().values().removeIf(entry -> jti.equals(entry.token().getTokenID()));
        }
    }

    /** Drops everything: for key rotation (a key removed from the key set) or a change of the rules. */
    public void clear() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
        }
    }
}
