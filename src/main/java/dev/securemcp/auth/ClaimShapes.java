package dev.securemcp.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.JwtContext;

/**
 * The claims this server relies on, checked for their JSON type and range, not only for presence,
 * once the signature has been verified. RFC 7519 section 4.1.2: {@code sub} "MUST be ... unique" and
 * is "a case-sensitive string"; section 2: a NumericDate is "a JSON numeric value representing the
 * number of seconds from 1970-01-01T00:00:00Z UTC"; section 4.1.3: {@code aud} is "an array of
 * case-sensitive strings" or "a single case-sensitive string". A claim of another shape is refused by
 * name (never read as empty); claims this server does not read may have any shape.
 */
public final class ClaimShapes implements ErrorCodeValidator {
    /** Error codes of this validator, beside jose4j's own (ErrorCodes): well above its range. */
    static final int MALFORMED_CLAIM = 0x4D_43_50_01;
    static final int NO_SUBJECT = 0x4D_43_50_02;

    static final int MAX_SUBJECT_LENGTH = 255;
    /** 9999-12-31T23:59:59Z: a later or negative NumericDate is no date this server can mean. */
    static final double MAX_NUMERIC_DATE = 253402300799d;

    private final List<ClaimPath> stringOrStringArrayClaims;

    /** @param rolesClaims the claim paths read as roles ({@code mcp.auth.roles-claims}, {@link ClaimPath}) */
    public ClaimShapes(List<String> rolesClaims) {
        List<ClaimPath> paths = new ArrayList<>(ClaimPath.parseAll(List.of("aud", "scp", "groups")));
        for (ClaimPath claim : ClaimPath.parseAll(rolesClaims)) {
            if (!paths.contains(claim)) {
                paths.add(claim);
            }
        }
        this.stringOrStringArrayClaims = List.copyOf(paths);
    }

    @Override
    public Error validate(JwtContext context) {
        Map<String, Object> claims = context.getJwtClaims().getClaimsMap();
        if (!claims.containsKey("sub")) {
            return new Error(NO_SUBJECT, TokenFailure.NO_SUBJECT.description());
        }
        Object subject = claims.get("sub");
        if (!(subject instanceof String text && !text.isEmpty() && text.length() <= MAX_SUBJECT_LENGTH && printable(text))) {
            return malformed("sub", "a non-empty string of at most " + MAX_SUBJECT_LENGTH
                    + " characters without control characters");
        }
        for (String date : List.of("exp", "iat", "nbf")) {
            Object value = claims.get(date);
            if (claims.containsKey(date) && !(value instanceof Number number && inDateRange(number.doubleValue()))) {
                return malformed(date, "a number of seconds since 1970 (NumericDate) up to the year 9999");
            }
        }
        for (String claim : List.of("iss", "jti", "scope")) {
            if (claims.containsKey(claim) && !(claims.get(claim) instanceof String)) {
                return malformed(claim, "a string");
            }
        }
        if (claims.containsKey("scopes") && !stringArray(claims.get("scopes"))) {
            return malformed("scopes", "an array of strings");
        }
        for (ClaimPath claim : stringOrStringArrayClaims) {
            // A path that does not resolve names no roles: an absent claim, or a step that is no object.
            boolean present = claim.segments().size() == 1 ? claims.containsKey(claim.segments().get(0))
                    : claim.resolve(claims) != null;
            Object value = claim.resolve(claims);
            if (present && !(value instanceof String || stringArray(value))) {
                return malformed(String.join(".", claim.segments()), "a string or an array of strings");
            }
        }
        return null;
    }

    private static Error malformed(String claim, String shape) {
        return new Error(MALFORMED_CLAIM, "The token's '" + claim + "' claim is malformed: it must be " + shape + ".");
    }

    private static boolean inDateRange(double seconds) {
        return seconds >= 0 && seconds <= MAX_NUMERIC_DATE;
    }

    private static boolean stringArray(Object value) {
        if (!(value instanceof List<?> list)) {
            return false;
        }
        for (Object item : list) {
            if (!(item instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** No C0 control character, no DEL, and neither U+2028 nor U+2029 (line breaks to some readers). */
    static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
