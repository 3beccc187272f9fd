package dev.securemcp.auth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Where a value sits in a token's claims: a top-level claim ({@code groups}) or a path into nested
 * objects ({@code realm_access.roles}, {@code resource_access.mcp-app.roles}). Segments are separated
 * by dots; a segment whose name itself contains a dot (or anything else) is written in double
 * quotes, as Auth0's namespaced claims need: {@code "https://example.com/roles"}. Inside quotes,
 * {@code \"} and {@code \\} stand for a quote and a backslash.
 *
 * <p>Parsed once, when the configuration is read; {@link #resolve} then only walks maps.
 */
public final class ClaimPath {
    private final List<String> segments;
    private final String text;

    private ClaimPath(List<String> segments, String text) {
        this.segments = List.copyOf(segments);
        this.text = text;
    }

    /** @throws IllegalArgumentException naming what is wrong with {@code text} */
    public static ClaimPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A claim path may not be empty.");
        }
        String path = text.trim();
        List<String> segments = new ArrayList<>();
        int at = 0;
        while (true) {
            StringBuilder segment = new StringBuilder();
            if (at < path.length() && path.charAt(at) == '"') {
                at = readQuoted(path, at + 1, segment);
            } else {
                while (at < path.length() && path.charAt(at) != '.') {
                    char c = path.charAt(at++);
                    if (c == '"') {
                        throw new IllegalArgumentException("Claim path '" + path
                                + "': a quote may only open a whole segment.");
                    }
                    segment.append(c);
                }
            }
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("Claim path '" + path + "' has an empty segment.");
            }
            segments.add(segment.toString());
            if (at == path.length()) {
                return new ClaimPath(segments, path);
            }
            if (path.charAt(at) != '.') {
                throw new IllegalArgumentException("Claim path '" + path
                        + "': a quoted segment must be followed by a dot or the end.");
            }
            at++;
            if (at == path.length()) {
                throw new IllegalArgumentException("Claim path '" + path + "' ends with a dot.");
            }
        }
    }

    /** Parses each; the first bad one fails the lot. */
    public static List<ClaimPath> parseAll(List<String> texts) {
        List<ClaimPath> paths = new ArrayList<>(texts.size());
        for (String text : texts) {
            paths.add(parse(text));
        }
        return Collections.unmodifiableList(paths);
    }

    /** @return the index after the closing quote */
    private static int readQuoted(String path, int at, StringBuilder into) {
        while (at < path.length()) {
            char c = path.charAt(at++);
            if (c == '"') {
                return at;
            }
            if (c == '\\' && at < path.length()) {
                c = path.charAt(at++);
            }
            into.append(c);
        }
        throw new IllegalArgumentException("Claim path '" + path + "' has an unclosed quote.");
    }

    /** The claim names from the top level down. */
    public List<String> segments() {
        return segments;
    }

    /** The value at this path in a verified token, or null when any step is missing or not an object. */
    public Object resolve(JsonWebToken token) {
        return descend(token.getClaim(segments.get(0)));
    }

    /** The value at this path in a claims map (jose4j's {@code JwtClaims.getClaimsMap()}), or null. */
    public Object resolve(Map<String, ?> claims) {
        return descend(claims.get(segments.get(0)));
    }

    private Object descend(Object value) {
        for (int i = 1; i < segments.size() && value != null; i++) {
            if (value instanceof JsonObject object) {
                value = object.get(segments.get(i));
            } else if (value instanceof Map<?, ?> map) {
                value = map.get(segments.get(i));
            } else {
                return null;
            }
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClaimPath path && path.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** The path as configured. */
    @Override
    public String toString() {
        return text;
    }
}
