package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 6750's {@code "Bearer" 1*SP b64token}, with the scheme in any case and one header only. */
class BearerHeaderTest {
    private static TokenFailure refusal(List<String> values) {
        return assertThrows(TokenRefusedException.class, () -> BearerHeader.token(values)).kind();
    }

    @Test
    void theSchemeInAnyCaseAndOneOrMoreSpaces() {
        assertEquals("a.b.c", BearerHeader.token(List.of("Bearer a.b.c")));
        assertEquals("a.b.c", BearerHeader.token(List.of("bearer a.b.c")));
        assertEquals("a.b.c", BearerHeader.token(List.of("BEARER    a.b.c")));
    }

    @Test
    void noHeaderIsMissingAndTwoAreRefused() {
        assertEquals(TokenFailure.MISSING, refusal(List.of()));
        assertEquals(TokenFailure.TWO_AUTHORIZATION_HEADERS, refusal(List.of("Bearer a.b.c", "Bearer a.b.c")));
    }

    @Test
    void anotherSchemeNoTokenOrTwoTokens() {
        assertEquals(TokenFailure.WRONG_SCHEME, refusal(List.of("Basic dXNlcjpwYXNz")));
        assertEquals(TokenFailure.WRONG_SCHEME, refusal(List.of("Bearer\ta.b.c")));
        assertEquals(TokenFailure.MALFORMED_HEADER, refusal(List.of("Bearer")));
        assertEquals(TokenFailure.MALFORMED_HEADER, refusal(List.of("Bearer    ")));
        assertEquals(TokenFailure.MALFORMED_HEADER, refusal(List.of("Bearer a.b.c d.e.f")));
    }
}
