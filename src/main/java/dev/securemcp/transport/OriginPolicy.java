package dev.securemcp.transport;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The browser origins and Host names allowed to reach /mcp. An allowed origin written without a
 * port allows that scheme and host on any port. Hosts are those of the allowed origins, the
 * canonical resource URL and the loopback names.
 *
 * <p>Each allowed origin becomes one regular expression; the Origin check and Quarkus's CORS filter
 * ({@link #corsOrigins()}) match the very same expressions, so the two can never disagree.
 */
public final class OriginPolicy {
    private static final String ANY_PORT = "(:[0-9]{1,5})?";

    private final List<Pattern> origins = new ArrayList<>();
    private final Set<String> hosts = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));

    public OriginPolicy(List<String> allowedOrigins, String resourceUrl) {
        for (String origin : allowedOrigins) {
            String trimmed = origin.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            URI uri = URI.create(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("mcp.allowed-origins: '" + origin
                        + "' is not an origin such as http://localhost or https://app.example.com:8443");
            }
            String port = uri.getPort() == -1 ? ANY_PORT : ":" + uri.getPort();
            origins.add(Pattern.compile("(?i)" + Pattern.quote(uri.getScheme() + "://" + uri.getHost()) + port));
            hosts.add(uri.getHost());
        }
        hosts.add(URI.create(resourceUrl).getHost().toLowerCase(Locale.ROOT));
    }

    /** Whether a request with this Origin header may proceed; no header (not a browser) may. */
    public boolean allowsOrigin(String origin) {
        if (origin == null) {
            return true;
        }
        for (Pattern allowed : origins) {
            if (allowed.matcher(origin).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The allowed origins in the regular-expression form of {@code quarkus.http.cors.origins}. */
    public List<String> corsOrigins() {
        return origins.stream().map(pattern -> "/" + pattern.pattern() + "/").toList();
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
