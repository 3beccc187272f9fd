package dev.securemcp.auth;

/** Why a request's credentials were refused: the kind named in the 401 body and the logs. */
public enum TokenFailure {
    MISSING("invalid_request", "No bearer token was sent: add the header 'Authorization: Bearer <token>'."),
    WRONG_SCHEME("invalid_request", "The Authorization header does not use the Bearer scheme."),
    MALFORMED_HEADER("invalid_request", "The Authorization header is malformed: send 'Bearer' and one token."),
    TWO_AUTHORIZATION_HEADERS("invalid_request", "The request has more than one Authorization header: send exactly one."),
    MALFORMED_TOKEN("invalid_token", "The token is malformed: it is not a signed JWT."),
    ENCRYPTED("invalid_token", "The token is encrypted (JWE): this server accepts only signed tokens (JWS)."),
    UNSUPPORTED_HEADER("invalid_token", "The token's header uses a parameter this server refuses."),
    UNSUPPORTED_ALGORITHM("invalid_token", "The token is signed with an algorithm this server does not accept."),
    BAD_SIGNATURE("invalid_token", "The token's signature does not match this server's key."),
    EXPIRED("invalid_token", "The token has expired."),
    NOT_YET_VALID("invalid_token", "The token is not valid yet (nbf or iat lies in the future)."),
    NO_EXPIRY("invalid_token", "The token has no expiry (exp)."),
    NO_SUBJECT("invalid_token", "The token names no subject (sub)."),
    MALFORMED_CLAIM("invalid_token", "The token has a claim of the wrong type or shape."),
    LIFETIME_TOO_LONG("invalid_token", "The token's lifetime (exp - iat) is longer than this server allows."),
    WRONG_ISSUER("invalid_token", "The token was issued by an issuer this server does not trust."),
    WRONG_AUDIENCE("invalid_token", "The token was not issued for this server (audience)."),
    REVOKED("invalid_token", "The token has been revoked."),
    INVALID("invalid_token", "The token is invalid.");

    private final String oauthError;
    private final String description;

    TokenFailure(String oauthError, String description) {
        this.oauthError = oauthError;
        this.description = description;
    }

    /** The OAuth error code: {@code invalid_request} or {@code invalid_token}. */
    public String oauthError() {
        return oauthError;
    }

    /** One sentence for the client. */
    public String description() {
        return description;
    }

    /** Whether a token was presented at all (the challenge then carries {@code error=}). */
    public boolean tokenPresented() {
        return this != MISSING && this != WRONG_SCHEME;
    }

    /** This kind with its own sentence. */
    public Refusal refusal() {
        return new Refusal(this, description);
    }
}
