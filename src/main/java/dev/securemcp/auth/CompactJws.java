package dev.securemcp.auth;

/**
 * The compact JWS serialization (RFC 7515 section 7.1), checked in one pass over the token's
 * characters before anything decodes, parses or caches it: three segments of the base64url
 * alphabet without padding, each in its canonical spelling. A decoder that skipped a stray
 * character or ignored the unused low bits of the last one would let many strings stand for one
 * signature; here only one does.
 */
public final class CompactJws {
    /** Each base64url character's six-bit value (RFC 4648 section 5); {@link #DOT}, or -1 outside the alphabet. */
    private static final byte[] VALUES = new byte[128];
    private static final byte DOT = -2;

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
        VALUES['.'] = DOT;
    }

    /** The five segments of a compact JWE (RFC 7516 section 7.1) have four dots. */
    private static final int JWE_DOTS = 4;

    private CompactJws() {
    }

    /**
     * Why {@code token} is not a compact JWS, or null when it is one. The signature segment may be
     * empty: an unsigned ({@code alg: none}) token is refused later, by name.
     */
    public static TokenFailure problem(String token, int maxLength) {
        int length = token.length();
        if (length == 0 || length > maxLength) {
            return TokenFailure.MALFORMED_TOKEN;
        }
        int firstDot = -1;
        int secondDot = -1;
        int dots = 0;
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i);
            int value = c < VALUES.length ? VALUES[c] : -1;
            if (value >= 0) {
                continue;
            }
            if (value != DOT) {
                return TokenFailure.MALFORMED_TOKEN;
            }
            if (dots == 0) {
                firstDot = i;
            } else if (dots == 1) {
                secondDot = i;
            }
            dots++;
        }
        if (dots == JWE_DOTS) {
            return TokenFailure.ENCRYPTED;
        }
        if (dots != 2 || firstDot == 0 || secondDot == firstDot + 1) {
            return TokenFailure.MALFORMED_TOKEN;
        }
        boolean canonical = canonical(token, 0, firstDot) && canonical(token, firstDot + 1, secondDot)
                && canonical(token, secondDot + 1, length);
        return canonical ? null : TokenFailure.MALFORMED_TOKEN;
    }

    /**
     * RFC 4648 section 3.5: "the pad bits MUST be set to zero by conforming encoders" and decoders
     * "MAY chose to reject an encoding if the pad bits have not been set to zero": we do, and a
     * segment whose length leaves one character over encodes no whole byte at all.
     */
    private static boolean canonical(String token, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return true;
        }
        int last = VALUES[token.charAt(to - 1)];
        return switch (length % 4) {
            case 1 -> false;
            case 2 -> (last & 0x0F) == 0;
            case 3 -> (last & 0x03) == 0;
            default -> true;
        };
    }
}
