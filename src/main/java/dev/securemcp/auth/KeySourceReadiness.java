package dev.securemcp.auth;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the token verification key (PEM file or JWKS URL) can be read and parsed. */
@Readiness
@ApplicationScoped
public class KeySourceReadiness implements HealthCheck {
    private final KeySourceProbe probe = new KeySourceProbe(Duration.ofSeconds(3));

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> location;

    @Override
    public HealthCheckResponse call() {
        String where = location.orElse("");
        Optional<String> problem = probe.problem(where);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("token-verification-key").withData("location", where);
        return problem.map(why -> response.down().withData("problem", why).build())
                .orElseGet(() -> response.up().build());
    }
}
