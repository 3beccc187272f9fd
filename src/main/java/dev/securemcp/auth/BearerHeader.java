package dev.securemcp.auth;

import java.util.List;

/**
 * The Authorization request header of a bearer-token request. RFC 6750 section 2.1:
 * {@code credentials = "Bearer" 1*SP b64token}; RFC 9110 section 11.1: "It uses a case-insensitive
 * token to identify the authentication scheme". A request with two such headers names no single
 * credential, so it is refused rather than letting the first one win.
 */
public final class BearerHeader {
    private static final String SCHEME = "Bearer";

    private BearerHeader() {
    }

    /**
     * The token text of the request's one Authorization header (its characters not yet checked).
     *
     * @param values every Authorization header of the request, in order; null or empty when none
     * @throws TokenRefusedException with an {@code invalid_request} kind when the header is missing,
     *         repeated, of another scheme or not of the form above
     */
    public static String token(List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new TokenRefusedException(TokenFailure.MISSING);
        }
        if (values.size() > 1) {
            throw new TokenRefusedException(TokenFailure.TWO_AUTHORIZATION_HEADERS);
        }
        return token(values.get(0));
    }

    /** As {@link #token(List)}, for a request with this one header value (null when it has none). */
    public static String token(String value) {
        if (value == null || value.isBlank()) {
            throw new TokenRefusedException(TokenFailure.MISSING);
        }
        String header = value.strip();
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        if (!scheme.equalsIgnoreCase(SCHEME)) {
            throw new TokenRefusedException(TokenFailure.WRONG_SCHEME);
        }
        int start = space;
        while (start >= 0 && start < header.length() && header.charAt(start) == ' ') {
            start++;
        }
        if (start < 0 || start >= header.length() || header.indexOf(' ', start) >= 0) {
            throw new TokenRefusedException(TokenFailure.MALFORMED_HEADER);
        }
        return header.substring(start);
    }
}
