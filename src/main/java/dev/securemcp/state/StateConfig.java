package dev.securemcp.state;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the sealed request state (2026-07-28 input-required results). */
@ConfigMapping(prefix = "mcp.state")
public interface StateConfig {

    /** Base64 of at least 32 random bytes; created per start when unset. */
    Optional<String> secret();

    /** Older secrets still accepted for opening states (rotation). */
    @WithName("previous-secrets")
    Optional<List<String>> previousSecrets();

    /** How long a request state stays valid after it was issued. */
    @WithDefault("10M")
    Duration ttl();
}
