package dev.securemcp.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.UnresolvableKeyException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Names the reason a request's credentials were refused, from its Authorization headers and the
 * failure's cause chain. Reads only the token's header, never logs or returns the token.
 */
public final class TokenFailureClassifier {
    /** Duplicate member names refused, as jose4j refuses them (RFC 7515 section 4). */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private TokenFailureClassifier() {
    }

    /**
     * The failure visible in the headers alone ({@link BearerHeader}, then {@link CompactJws}), or
     * null when they hold one well-formed compact JWS.
     */
    public static TokenFailure fromHeader(List<String> authorization, int maxTokenLength) {
        try {
            return CompactJws.problem(BearerHeader.token(authorization), maxTokenLength);
        } catch (TokenRefusedException refused) {
            return refused.kind();
        }
    }

    /** As {@link #fromHeader(List, int)} for a request with this one header value, or none (null). */
    public static TokenFailure fromHeader(String authorization) {
        return fromHeader(authorization == null ? List.of() : List.of(authorization), Integer.MAX_VALUE);
    }

    /**
     * The refusal of the token in {@code authorization}: what the headers show, else a refusal this
     * server raised itself (syntax, header parameters, claims, lifetime, revocation), else an
     * algorithm this server does not accept, else what jose4j found.
     */
    public static Refusal classify(List<String> authorization, int maxTokenLength, Set<String> allowedAlgorithms,
            Throwable failure) {
        TokenFailure fromHeader = fromHeader(authorization, maxTokenLength);
        if (fromHeader != null) {
            return fromHeader.refusal();
        }
        InvalidJwtException invalid = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenRefusedException refused) {
                return refused.refusal();
            }
            if (invalid == null && cause instanceof InvalidJwtException jose) {
                invalid = jose;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String algorithm = algorithmOf(BearerHeader.token(authorization));
        if (algorithm == null) {
            return TokenFailure.MALFORMED_TOKEN.refusal();
        }
        if (!allowedAlgorithms.contains(algorithm)) {
            return TokenFailure.UNSUPPORTED_ALGORITHM.refusal();
        }
        if (invalid != null) {
            return fromJose(invalid);
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("SRJWT07003") || message.contains("token age")) {
                return TokenFailure.LIFETIME_TOO_LONG.refusal();
            }
        }
        return TokenFailure.INVALID.refusal();
    }

    private static Refusal fromJose(InvalidJwtException invalid) {
        if (invalid.getCause() instanceof UnresolvableKeyException unresolvable) {
            // No configured key fits the token's kid and algorithm: its signature cannot be ours.
            // (With a cause, the keys could not be read at all: not the token's fault.)
            return (unresolvable.getCause() == null ? TokenFailure.BAD_SIGNATURE : TokenFailure.INVALID).refusal();
        }
        // ClaimShapes' findings first: a claim of the wrong type also fails jose4j's own checks, vaguely.
        for (ErrorCodeValidator.Error error : invalid.getErrorDetails()) {
            if (error.getErrorCode() == ClaimShapes.NO_SUBJECT) {
                return TokenFailure.NO_SUBJECT.refusal();
            }
            if (error.getErrorCode() == ClaimShapes.MALFORMED_CLAIM) {
                return new Refusal(TokenFailure.MALFORMED_CLAIM, error.getErrorMessage());
            }
        }
        for (ErrorCodeValidator.Error error : invalid.getErrorDetails()) {
            TokenFailure kind = fromJoseCode(error.getErrorCode());
            if (kind != null) {
                return kind.refusal();
            }
        }
        return TokenFailure.INVALID.refusal();
    }

    private static TokenFailure fromJoseCode(int code) {
        return switch (code) {
            case ErrorCodes.EXPIRED -> TokenFailure.EXPIRED;
            case ErrorCodes.EXPIRATION_MISSING -> TokenFailure.NO_EXPIRY;
            case ErrorCodes.NOT_YET_VALID, ErrorCodes.ISSUED_AT_INVALID_FUTURE -> TokenFailure.NOT_YET_VALID;
            case ErrorCodes.EXPIRATION_TOO_FAR_IN_FUTURE, ErrorCodes.ISSUED_AT_INVALID_PAST -> TokenFailure.LIFETIME_TOO_LONG;
            case ErrorCodes.ISSUER_INVALID, ErrorCodes.ISSUER_MISSING -> TokenFailure.WRONG_ISSUER;
            case ErrorCodes.AUDIENCE_INVALID, ErrorCodes.AUDIENCE_MISSING -> TokenFailure.WRONG_AUDIENCE;
            case ErrorCodes.SIGNATURE_INVALID, ErrorCodes.SIGNATURE_MISSING -> TokenFailure.BAD_SIGNATURE;
            case ErrorCodes.MALFORMED_CLAIM, ErrorCodes.JSON_INVALID -> TokenFailure.MALFORMED_TOKEN;
            default -> null;
        };
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
