package dev.securemcp.cli.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bearer {@code WWW-Authenticate} challenge (RFC 6750 section 3, RFC 9728 section 5.1): the
 * error, the scope the server asks for and where its protected resource metadata is.
 */
public record Challenge(String error, String scope, String resourceMetadata, String errorDescription) {
    private static final Pattern PARAM = Pattern.compile("([A-Za-z_][\\w-]*)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s,]+))");
    public static final Challenge NONE = new Challenge(null, null, null, null);

    /** The Bearer challenge's parameters; {@link #NONE} without a header. */
    public static Challenge parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher matcher = PARAM.matcher(header);
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2).replaceAll("\\\\(.)", "$1") : matcher.group(3);
            params.putIfAbsent(matcher.group(1).toLowerCase(java.util.Locale.ROOT), value);
        }
        return new Challenge(params.get("error"), params.get("scope"), params.get("resource_metadata"),
                params.get("error_description"));
    }

    public boolean insufficientScope() {
        return "insufficient_scope".equals(error);
    }
}
