package dev.securemcp.transport;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The browser origins and Host names allowed to reach /mcp. An allowed origin written without a
 * port allows that scheme and host on any port. Hosts are those of the allowed origins, the
 * canonical resource URL and the loopback names.
 */
public final class OriginPolicy {
    private final Set<String> anyPortOrigins = new HashSet<>();
    private final Set<String> exactOrigins = new HashSet<>();
    private final Set<String> hosts = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));

    public OriginPolicy(List<String> allowedOrigins, String resourceUrl) {
        for (String origin : allowedOrigins) {
            String trimmed = origin.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            URI uri = URI.create(trimmed);
            if (uri.getPort() == -1) {
                anyPortOrigins.add(uri.getScheme() + "://" + uri.getHost());
            } else {
                exactOrigins.add(trimmed);
            }
            hosts.add(uri.getHost());
        }
        hosts.add(URI.create(resourceUrl).getHost().toLowerCase(Locale.ROOT));
    }

    /** Whether a request with this Origin header may proceed; no header (not a browser) may. */
    public boolean allowsOrigin(String origin) {
        if (origin == null) {
            return true;
        }
        String lower = origin.trim().toLowerCase(Locale.ROOT);
        if (exactOrigins.contains(lower)) {
            return true;
        }
        try {
            URI uri = URI.create(lower);
            return uri.getHost() != null && anyPortOrigins.contains(uri.getScheme() + "://" + uri.getHost());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Whether a host name without port (IPv6 with or without brackets) names this server (DNS rebinding). */
    public boolean allowsHostName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return hosts.contains(lower.indexOf(':') >= 0 && !lower.startsWith("[") ? "[" + lower + "]" : lower);
    }
}
