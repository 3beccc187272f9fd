package dev.securemcp.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.UnresolvableKeyException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Names the reason smallrye-jwt refused a request, from the Authorization header and the failure's
 * cause chain. Reads only the token's header, never logs or returns the token.
 */
public final class TokenFailureClassifier {
    private static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TokenFailureClassifier() {
    }

    /** The failure visible in the header alone, or null when the header holds a JWT-shaped token. */
    public static TokenFailure fromHeader(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return TokenFailure.MISSING;
        }
        String[] parts = authorization.trim().split("\\s+");
        if (!parts[0].equalsIgnoreCase("Bearer")) {
            return TokenFailure.WRONG_SCHEME;
        }
        if (parts.length != 2) {
            return TokenFailure.MALFORMED_HEADER;
        }
        return JWS.matcher(parts[1]).matches() ? null : TokenFailure.MALFORMED_TOKEN;
    }

    /** The kind of a verification failure of the token in {@code authorization}. */
    public static TokenFailure classify(String authorization, Set<String> allowedAlgorithms, Throwable failure) {
        TokenFailure fromHeader = fromHeader(authorization);
        if (fromHeader != null) {
            return fromHeader;
        }
        String token = authorization.trim().split("\\s+")[1];
        String algorithm = algorithmOf(token);
        if (algorithm == null) {
            return TokenFailure.MALFORMED_TOKEN;
        }
        if (!allowedAlgorithms.contains(algorithm)) {
            return TokenFailure.UNSUPPORTED_ALGORITHM;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenRefusedException refused) {
                return refused.kind();
            }
            if (cause instanceof InvalidJwtException invalid) {
                return fromJose(invalid);
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("SRJWT07003") || message.contains("token age")) {
                return TokenFailure.LIFETIME_TOO_LONG;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return TokenFailure.INVALID;
    }

    private static TokenFailure fromJose(InvalidJwtException invalid) {
        if (invalid.getCause() instanceof UnresolvableKeyException unresolvable) {
            // No configured key fits the token's kid and algorithm: its signature cannot be ours.
            // (With a cause, the keys could not be read at all: not the token's fault.)
            return unresolvable.getCause() == null ? TokenFailure.BAD_SIGNATURE : TokenFailure.INVALID;
        }
        for (ErrorCodeValidator.Error error : invalid.getErrorDetails()) {
            switch (error.getErrorCode()) {
                case ErrorCodes.EXPIRED:
                    return TokenFailure.EXPIRED;
                case ErrorCodes.EXPIRATION_MISSING:
                    return TokenFailure.NO_EXPIRY;
                case ErrorCodes.NOT_YET_VALID:
                case ErrorCodes.ISSUED_AT_INVALID_FUTURE:
                    return TokenFailure.NOT_YET_VALID;
                case ErrorCodes.EXPIRATION_TOO_FAR_IN_FUTURE:
                case ErrorCodes.ISSUED_AT_INVALID_PAST:
                    return TokenFailure.LIFETIME_TOO_LONG;
                case ErrorCodes.ISSUER_INVALID:
                case ErrorCodes.ISSUER_MISSING:
                    return TokenFailure.WRONG_ISSUER;
                case ErrorCodes.AUDIENCE_INVALID:
                case ErrorCodes.AUDIENCE_MISSING:
                    return TokenFailure.WRONG_AUDIENCE;
                case ErrorCodes.SIGNATURE_INVALID:
                case ErrorCodes.SIGNATURE_MISSING:
                    return TokenFailure.BAD_SIGNATURE;
                case ErrorCodes.MALFORMED_CLAIM:
                case ErrorCodes.JSON_INVALID:
                    return TokenFailure.MALFORMED_TOKEN;
                default:
                    break;
            }
        }
        return TokenFailure.INVALID;
    }

    private static String algorithmOf(String token) {
        try {
            String header = token.substring(0, token.indexOf('.'));
            JsonNode parsed = MAPPER.readTree(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8));
            JsonNode alg = parsed.get("alg");
            return alg != null && alg.isTextual() ? alg.textValue() : null;
        } catch (Exception unreadable) {
            return null;
        }
    }
}
