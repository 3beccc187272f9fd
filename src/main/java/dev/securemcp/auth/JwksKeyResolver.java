package dev.securemcp.auth;

import java.io.IOException;
import java.security.Key;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Keys from a JWKS URL: cached (jose4j's {@link HttpsJwks} honours the server's cache headers), and
 * fetched again when a token names a key the cache does not hold, so that a key rotated into the
 * JWKS is accepted within seconds. Such refetches are at most one per {@code minRefetchInterval},
 * so a flood of unknown {@code kid}s cannot flood the key server.
 */
final class JwksKeyResolver implements VerificationKeyResolver {
    private static final Logger LOG = Logger.getLogger(JwksKeyResolver.class);

    private final HttpsJwks jwks;
    private final long minRefetchNanos;
    private final LongSupplier clock;
    private final AtomicLong lastRefetch;

    JwksKeyResolver(String url, Duration cache, Duration minRefetchInterval, LongSupplier nanoClock) {
        this.jwks = new HttpsJwks(url);
        this.jwks.setDefaultCacheDuration(Math.max(1, cache.toSeconds()));
        this.jwks.setRetainCacheOnErrorDuration(Math.max(1, cache.toSeconds()));
        this.minRefetchNanos = minRefetchInterval.toNanos();
        this.clock = nanoClock;
        this.lastRefetch = new AtomicLong(nanoClock.getAsLong() - minRefetchNanos);
    }

    @Override
    public Key resolveKey(JsonWebSignature jws, List<JsonWebStructure> nesting) throws UnresolvableKeyException {
        Key key;
        try {
            key = JwkChoice.select(jws, jwks.getJsonWebKeys());
            if (key == null && JwkChoice.ALGORITHMS.contains(jws.getAlgorithmHeaderValue()) && mayRefetch()) {
                LOG.debugf("Unknown key id %s: fetching the JWKS again", jws.getKeyIdHeaderValue());
                jwks.refresh();
                key = JwkChoice.select(jws, jwks.getJsonWebKeys());
            }
        } catch (JoseException | IOException unreachable) {
            LOG.warnf("Cannot read the JWKS at %s: %s", jwks.getLocation(), unreachable.getMessage());
            throw new UnresolvableKeyException("The JWKS cannot be read.", unreachable);
        }
        if (key == null) {
            throw new UnresolvableKeyException("No key of the JWKS matches the token's kid and algorithm.");
        }
        return key;
    }

    private boolean mayRefetch() {
        long now = clock.getAsLong();
        long last = lastRefetch.get();
        return now - last >= minRefetchNanos && lastRefetch.compareAndSet(last, now);
    }
}
