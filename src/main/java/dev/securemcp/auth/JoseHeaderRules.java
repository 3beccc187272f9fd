package dev.securemcp.auth;

import java.util.List;

import org.jose4j.jwx.Headers;

/**
 * The JOSE header parameters a token may not use, checked before its key is looked up. RFC 7515
 * section 4.1.11: "If any of the listed extension Header Parameters are not understood and supported
 * by the recipient, then the JWS is invalid" (this server implements no extension, so any {@code crit}
 * is refused). A token that brings its own key ({@code jwk}, {@code x5c}) or a pointer to one
 * ({@code jku}, {@code x5u}) is refused: keys come from configuration only. {@code zip} belongs to JWE
 * (RFC 7516 section 4.1.3) and has no place in a JWS. {@code kid} is used to pick a configured key and
 * is logged: a string of bounded length without control characters. Every other parameter is ignored,
 * as RFC 7515 section 4 requires.
 */
public final class JoseHeaderRules {
    private static final List<String> REFUSED = List.of("crit", "jwk", "jku", "x5u", "x5c", "zip");
    static final int MAX_KID_LENGTH = 256;

    private JoseHeaderRules() {
    }

    /** @throws TokenRefusedException naming the parameter at fault */
    public static void check(Headers headers) {
        for (String name : REFUSED) {
            if (headers.getObjectHeaderValue(name) != null) {
                throw new TokenRefusedException(new Refusal(TokenFailure.UNSUPPORTED_HEADER,
                        "The token's header carries '" + name + "', which this server does not accept."));
            }
        }
        Object kid = headers.getObjectHeaderValue("kid");
        if (kid != null && !(kid instanceof String id && !id.isEmpty() && id.length() <= MAX_KID_LENGTH
                && ClaimShapes.printable(id))) {
            throw new TokenRefusedException(new Refusal(TokenFailure.UNSUPPORTED_HEADER,
                    "The token's header 'kid' is malformed: it must be a string of 1 to " + MAX_KID_LENGTH
                            + " characters without control characters."));
        }
    }
}
