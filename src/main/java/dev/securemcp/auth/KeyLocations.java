package dev.securemcp.auth;

import java.nio.file.Path;
import java.util.Optional;

/** Which configured key locations are plain files (not classpath resources or URLs). */
public final class KeyLocations {

    private KeyLocations() {
    }

    /** The file a key location names, or empty for {@code classpath:}, {@code http(s):} and the like. */
    public static Optional<Path> asFile(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        if (location.startsWith("file:")) {
            return Optional.of(Path.of(location.substring("file:".length())));
        }
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location));
    }
}
