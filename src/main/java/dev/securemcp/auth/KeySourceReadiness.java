package dev.securemcp.auth;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Ready only while tokens can be verified: a PEM file (or JWKS file) that can be read and parsed,
 * or a JWKS URL whose keys the server holds. A JWKS is never fetched by a probe: the probe reads
 * what the background look at the key set last found ({@link VerificationKeys}), so probes cost
 * the issuer nothing; only the very first probe waits (at most {@link #FIRST_FETCH_WAIT}) for the
 * first fetch it starts. Health checks of this kind run on a worker thread, never an event loop.
 */
@Readiness
@ApplicationScoped
public class KeySourceReadiness implements HealthCheck {
    static final Duration FIRST_FETCH_WAIT = Duration.ofSeconds(3);

    private final KeySourceProbe probe = new KeySourceProbe();

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    @Inject
    VerificationKeys keys;

    @Override
    public HealthCheckResponse call() {
        String where = location.orElse("");
        HealthCheckResponseBuilder response = HealthCheckResponse.named("token-verification-key").withData("location", where);
        if (!where.isBlank() && keys.isJwksUrl()) {
            return jwks(response);
        }
        Optional<String> problem = probe.problem(where);
        return problem.map(why -> response.down().withData("problem", why).build())
                .orElseGet(() -> response.up().build());
    }

    private HealthCheckResponse jwks(HealthCheckResponseBuilder response) {
        JwksKeyResolver.Status status;
        try {
            status = keys.jwksStatus(FIRST_FETCH_WAIT).orElseThrow();
        } catch (UnresolvableKeyException impossible) {
            return response.down().withData("problem", "The JWKS key source cannot be set up.").build();
        }
        response.withData("keys", status.keys());
        if (status.fetchedAtMillis() >= 0) {
            response.withData("fetched-seconds-ago", (System.currentTimeMillis() - status.fetchedAtMillis()) / 1000);
        }
        return status.problem() == null ? response.up().build()
                : response.down().withData("problem", status.problem()).build();
    }
}
