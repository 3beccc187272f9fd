package dev.securemcp.state;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;

/**
 * The secrets that seal request states: the current one (seals and opens) and the previous ones
 * (open only, for rotation). A missing secret is created for this start only.
 */
@ApplicationScoped
public class StateSecrets {
    private static final Logger LOG = Logger.getLogger(StateSecrets.class);
    static final int MIN_BYTES = 32;

    private final byte[] current;
    private final List<byte[]> all;

    @Inject
    public StateSecrets(StateConfig config) {
        this(config.secret().orElse(null), config.previousSecrets().orElse(List.of()), LaunchMode.current());
    }

    StateSecrets(String secret, List<String> previous, LaunchMode mode) {
        if (secret == null || secret.isBlank()) {
            byte[] created = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(created);
            current = created;
            if (mode == LaunchMode.NORMAL) {
                LOG.warn("mcp.state.secret is not set: request states are sealed with a secret made for this start"
                        + " only; replicas behind one load balancer must share one secret.");
            }
        } else {
            current = decode("mcp.state.secret", secret);
        }
        all = new ArrayList<>();
        all.add(current);
        for (String old : previous) {
            if (!old.isBlank()) {
                all.add(decode("mcp.state.previous-secrets", old));
            }
        }
    }

    byte[] current() {
        return current;
    }

    /** The current secret first, then the previous ones. */
    List<byte[]> all() {
        return all;
    }

    private static byte[] decode(String key, String value) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(key + " is not base64: set it to base64 of at least "
                    + MIN_BYTES + " random bytes (openssl rand -base64 32).");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException(key + " is too short: it needs at least " + MIN_BYTES
                    + " random bytes, base64-encoded (openssl rand -base64 32).");
        }
        return bytes;
    }
}
