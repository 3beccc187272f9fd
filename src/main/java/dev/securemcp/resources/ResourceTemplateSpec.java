package dev.securemcp.resources;

import java.util.Objects;

import dev.securemcp.access.AccessRequirement;

/**
 * What a resource template declares about itself in {@code resources/templates/list}.
 *
 * @param uriTemplate an RFC 6570 level-1 template, e.g. {@code test://template/{id}/data}
 * @param name short name
 * @param title human-readable title, or null
 * @param description what its resources hold
 * @param mimeType media type of its resources, or null
 * @param access the scopes and roles a caller needs to list and read them
 */
public record ResourceTemplateSpec(String uriTemplate, String name, String title, String description,
        String mimeType, AccessRequirement access) {
    public ResourceTemplateSpec {
        Objects.requireNonNull(uriTemplate, "uriTemplate");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(access, "access");
    }
}
