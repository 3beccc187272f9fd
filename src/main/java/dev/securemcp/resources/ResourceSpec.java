package dev.securemcp.resources;

import java.util.Objects;

import dev.securemcp.access.AccessRequirement;

/**
 * What a resource declares about itself in {@code resources/list}, and who may read it.
 *
 * @param uri its unique URI
 * @param name short name
 * @param title human-readable title, or null
 * @param description what it holds
 * @param mimeType media type, or null
 * @param access the scopes and roles a caller needs to list and read it
 */
public record ResourceSpec(String uri, String name, String title, String description, String mimeType,
        AccessRequirement access) {
    public ResourceSpec {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(access, "access");
    }
}
