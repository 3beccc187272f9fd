package dev.securemcp.auth;

import java.io.IOException;
import java.security.Key;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;
import org.jose4j.http.Get;
import org.jose4j.http.SimpleGet;
import org.jose4j.http.SimpleResponse;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Keys from a JWKS URL: cached (jose4j's {@link HttpsJwks} honours the server's cache headers), and
 * fetched again when a token names a key the cache does not hold, so that a key rotated into the
 * JWKS is accepted within seconds. Such refetches are at most one per {@code minRefetchInterval},
 * so a flood of unknown {@code kid}s cannot flood the key server. Every key set fetched is compared
 * with the last ({@link KeyStandings}): a key gone from it is withdrawn, and so are the cached
 * tokens it verified. {@link #refresh()} lets a timer fetch an expired key set without a token.
 */
final class JwksKeyResolver implements KeySource {
    private static final Logger LOG = Logger.getLogger(JwksKeyResolver.class);

    /** What readiness reports: how many keys the server holds, since when, and what is wrong if anything. */
    record Status(int keys, long fetchedAtMillis, String problem) {
    }

    private final HttpsJwks jwks;
    private final long minRefetchNanos;
    private final LongSupplier clock;
    private final AtomicLong lastRefetch;
    private final KeyStandings standings = new KeyStandings();
    private volatile long fetchedAtMillis = -1;
    private volatile String problem = "The JWKS has not been fetched yet.";

    JwksKeyResolver(String url, Duration cache, Duration minRefetchInterval, LongSupplier nanoClock) {
        this.jwks = new HttpsJwks(url);
        this.jwks.setDefaultCacheDuration(Math.max(1, cache.toSeconds()));
        this.jwks.setRetainCacheOnErrorDuration(Math.max(1, cache.toSeconds()));
        this.jwks.setSimpleHttpGet(new RecordingGet());
        this.minRefetchNanos = minRefetchInterval.toNanos();
        this.clock = nanoClock;
        this.lastRefetch = new AtomicLong(nanoClock.getAsLong() - minRefetchNanos);
    }

    @Override
    public Key resolveKey(JsonWebSignature jws, List<JsonWebStructure> nesting) throws UnresolvableKeyException {
        Key key;
        try {
            key = JwkChoice.select(jws, keys());
            if (key == null && JwkChoice.ALGORITHMS.contains(jws.getAlgorithmHeaderValue()) && mayRefetch()) {
                LOG.debugf("Unknown key id %s: fetching the JWKS again", jws.getKeyIdHeaderValue());
                jwks.refresh();
                key = JwkChoice.select(jws, keys());
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

    @Override
    public KeyStanding standing(Key key) {
        return standings.of(key);
    }

    /** Fetches the key set if its cache time has run out (else only reads it); logs a new problem once. */
    void refresh() {
        String before = problem;
        try {
            keys();
        } catch (JoseException | IOException unreachable) {
            // recorded as the problem
        }
        String after = problem;
        if (after != null && !after.equals(before)) {
            LOG.warn(after);
        } else if (after == null && before != null) {
            LOG.debugf("Fetched the JWKS at %s: %d keys", jwks.getLocation(), standings.size());
        }
    }

    Status status() {
        return new Status(standings.size(), fetchedAtMillis, problem);
    }

    /** The key set, fetched when its cache time has run out. */
    private List<JsonWebKey> keys() throws JoseException, IOException {
        List<JsonWebKey> keys = jwks.getJsonWebKeys();
        if (standings.track(keys)) {
            fetchedAtMillis = System.currentTimeMillis();
            problem = standings.size() == 0 ? "The JWKS at " + jwks.getLocation() + " holds no key." : null;
        }
        return keys;
    }

    private boolean mayRefetch() {
        long now = clock.getAsLong();
        long last = lastRefetch.get();
        return now - last >= minRefetchNanos && lastRefetch.compareAndSet(last, now);
    }

    /**
     * jose4j's GET, with every fetch's outcome kept for readiness (jose4j itself goes on with the keys
     * it has when a refetch fails), and an error status refused: an error page is no key set.
     */
    private final class RecordingGet implements SimpleGet {
        private final Get get = new Get();

        @Override
        public SimpleResponse get(String location) throws IOException {
            SimpleResponse response;
            try {
                response = get.get(location);
            } catch (IOException unreachable) {
                problem = "The JWKS at " + location + " cannot be read (" + ReadFailures.describe(unreachable) + ").";
                throw unreachable;
            }
            if (response.getStatusCode() != 200) {
                problem = "The JWKS at " + location + " cannot be read (HTTP " + response.getStatusCode() + ").";
                throw new IOException("HTTP " + response.getStatusCode());
            }
            // Until keys() sees the new key set, which it does only when jose4j could parse it.
            problem = "The JWKS at " + location + " is not a readable key set.";
            return response;
        }
    }
}
