package dev.securemcp.auth;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

import dev.securemcp.config.McpConfig;

/**
 * Where verification keys come from, by {@code mp.jwt.verify.publickey.location}: an {@code http(s)}
 * URL is a JWKS ({@link JwksKeyResolver}); anything else is a PEM key or JWKS document read once.
 * With a JWKS, one background thread looks at the key set every {@code mcp.auth.jwks-min-refetch-interval}
 * and fetches it when its cache time has run out, so that a key dropped from the JWKS is noticed even
 * while every request is a token-cache hit, and readiness reads the outcome instead of fetching.
 */
@ApplicationScoped
public class VerificationKeys {
    private static final Logger LOG = Logger.getLogger(VerificationKeys.class);

    private final String location;
    private final McpConfig config;
    private volatile KeySource resolver;
    private ScheduledExecutorService refresher;
    private final CompletableFuture<Void> firstLook = new CompletableFuture<>();

    @Inject
    public VerificationKeys(McpConfig config,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String location) {
        this.config = config;
        this.location = location;
    }

    public VerificationKeyResolver resolver() {
        return this::resolve;
    }

    /** The standing of a key that has just verified a token, or null when it is no longer current. */
    public KeyStanding standing(Key key) {
        KeySource loaded = resolver;
        return loaded == null ? null : loaded.standing(key);
    }

    public boolean isJwksUrl() {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /**
     * For readiness with a JWKS URL: the recorded outcome of the last look at the key set. The first
     * call starts the background look and waits for it at most {@code firstWait}; no call fetches.
     */
    Optional<JwksKeyResolver.Status> jwksStatus(Duration firstWait) throws UnresolvableKeyException {
        if (!(current() instanceof JwksKeyResolver jwks)) {
            return Optional.empty();
        }
        try {
            firstLook.get(firstWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillFetching) {
            // report what is known: not fetched yet
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return Optional.of(jwks.status());
    }

    private Key resolve(JsonWebSignature jws, List<JsonWebStructure> nesting) throws UnresolvableKeyException {
        return current().resolveKey(jws, nesting);
    }

    /** Read lazily: a missing key file fails the request (401), never the start of a CLI command. */
    private KeySource current() throws UnresolvableKeyException {
        KeySource loaded = resolver;
        if (loaded == null) {
            synchronized (this) {
                if (resolver == null) {
                    resolver = load();
                }
                loaded = resolver;
            }
        }
        return loaded;
    }

    private KeySource load() throws UnresolvableKeyException {
        if (isJwksUrl()) {
            JwksKeyResolver jwks = new JwksKeyResolver(location, config.auth().jwksCache(),
                    config.auth().jwksMinRefetchInterval(), System::nanoTime);
            startRefresher(jwks);
            return jwks;
        }
        try {
            return StaticKeyResolver.read(location);
        } catch (IOException | GeneralSecurityException | JoseException unreadable) {
            throw new UnresolvableKeyException("Cannot read the public key at " + location, unreadable);
        }
    }

    private void startRefresher(JwksKeyResolver jwks) {
        long every = Math.max(100, config.auth().jwksMinRefetchInterval().toMillis());
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "jwks-refresh");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(() -> {
            try {
                jwks.refresh();
            } catch (RuntimeException unexpected) {
                // an exception would end the schedule: keep looking
                LOG.warnf("Looking at the JWKS at %s failed: %s", location, unexpected.toString());
            } finally {
                firstLook.complete(null);
            }
        }, 0, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}
