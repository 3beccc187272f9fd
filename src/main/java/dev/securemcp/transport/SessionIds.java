package dev.securemcp.transport;

import java.security.SecureRandom;
import java.util.Base64;

/** New session ids. */
public final class SessionIds {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionIds() {
    }

    /**
     * "The session ID SHOULD be globally unique and cryptographically secure ... MUST only contain
     * visible ASCII characters": base64url of 192 random bits.
     */
    public static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
