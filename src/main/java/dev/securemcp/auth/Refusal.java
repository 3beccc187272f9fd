package dev.securemcp.auth;

import java.util.Objects;

/**
 * A refused credential: its kind and the sentence the client reads, which may be more precise than
 * the kind's own (naming the claim or header parameter at fault). Sentences are fixed texts and
 * configured claim names, never text taken from the token, so they are safe in a quoted header value.
 */
public record Refusal(TokenFailure kind, String description) {
    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
