package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The compact-JWS scan on its own: alphabet, segments, canonical spelling, length. */
class CompactJwsTest {
    private static final int MAX = 16384;

    @Test
    void aCanonicalThreeSegmentTokenPasses() {
        assertNull(CompactJws.problem("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl", MAX));
    }

    @Test
    void anEmptySignatureIsLeftToTheAlgorithmCheck() {
        assertNull(CompactJws.problem("eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.", MAX));
    }

    @Test
    void unusedLowBitsInTheLastCharacterAreRefused() {
        // "QQ" is the canonical spelling of 0x41; "QR" decodes to the same byte with a pad bit set.
        assertNull(CompactJws.problem("QQ.QQ.QQ", MAX));
        assertEquals(TokenFailure.MALFORMED_TOKEN, CompactJws.problem("QQ.QQ.QR", MAX));
        // Three characters carry two bytes and two unused bits: "QUE" is canonical, "QUF" is not.
        assertNull(CompactJws.problem("QUE.QQ.QQ", MAX));
        assertEquals(TokenFailure.MALFORMED_TOKEN, CompactJws.problem("QUF.QQ.QQ", MAX));
    }

    @Test
    void aSegmentOfOneCharacterTooManyIsRefused() {
        assertEquals(TokenFailure.MALFORMED_TOKEN, CompactJws.problem("QQ.QQ.QUFBQ", MAX));
    }

    @Test
    void paddingWhitespaceAndForeignCharactersAreRefused() {
        for (String token : new String[] { "QQ==.QQ.QQ", "QQ.Q Q.QQ", "QQ.QQ.Q+", "QQ.QQ.Q/", "QQ.QQ.QQ\u00e9", "QQ.QQ.QQ\n" }) {
            assertEquals(TokenFailure.MALFORMED_TOKEN, CompactJws.problem(token, MAX), token);
        }
    }

    @Test
    void segmentCountsOtherThanThreeAreRefusedAndFiveIsNamedEncrypted() {
        assertEquals(TokenFailure.MALFORMED_TOKEN, CompactJws.problem("QQ.QQ", MAX));
        assertEquals(TokenFailure.MALFORMED_TOKEN, CompactJws.problem("QQ.QQ.QQ.QQ", MAX));
        assertEquals(TokenFailure.ENCRYPTED, CompactJws.problem("QQ.QQ.QQ.QQ.QQ", MAX));
        assertEquals(TokenFailure.MALFORMED_TOKEN, CompactJws.problem(".QQ.QQ", MAX));
        assertEquals(TokenFailure.MALFORMED_TOKEN, CompactJws.problem("QQ..QQ", MAX));
    }

    @Test
    void aTokenOverTheLengthLimitIsRefused() {
        assertNull(CompactJws.problem("QQ.QQ.QQ", 8));
        assertEquals(TokenFailure.MALFORMED_TOKEN, CompactJws.problem("QQ.QQ.QQA", 8));
    }
}
