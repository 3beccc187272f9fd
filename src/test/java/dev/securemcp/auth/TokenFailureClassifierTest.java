package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TokenFailureClassifierTest {

    @Test
    void noHeaderIsMissing() {
        assertEquals(TokenFailure.MISSING, TokenFailureClassifier.fromHeader(null));
    }

    @Test
    void basicIsTheWrongScheme() {
        assertEquals(TokenFailure.WRONG_SCHEME, TokenFailureClassifier.fromHeader("Basic abc"));
    }

    @Test
    void bearerAloneIsAMalformedHeader() {
        assertEquals(TokenFailure.MALFORMED_HEADER, TokenFailureClassifier.fromHeader("Bearer"));
    }

    @Test
    void twoTokensAreAMalformedHeader() {
        assertEquals(TokenFailure.MALFORMED_HEADER, TokenFailureClassifier.fromHeader("Bearer a.b.c d.e.f"));
    }

    @Test
    void somethingThatIsNotAJwtIsAMalformedToken() {
        assertEquals(TokenFailure.MALFORMED_TOKEN, TokenFailureClassifier.fromHeader("Bearer not-a-jwt"));
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertNull(TokenFailureClassifier.fromHeader("bearer aaA.bbA.ccA"));
    }
}
