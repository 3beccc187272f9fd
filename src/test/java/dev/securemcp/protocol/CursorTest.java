package dev.securemcp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void aCursorRoundTrips() {
        assertEquals(50, Cursor.decode("tools", Cursor.encode("tools", 50), 120));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertEquals(0, Cursor.decode("tools", null, 10));
    }

    @Test
    void garbageIsRefused() {
        assertEquals(ErrorCode.INVALID_PARAMS,
                assertThrows(McpException.class, () -> Cursor.decode("tools", "%%%", 10)).code());
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        assertThrows(McpException.class, () -> Cursor.decode("tools", Cursor.encode("prompts", 1), 10));
    }

    @Test
    void aCursorPastTheEndIsRefused() {
        assertThrows(McpException.class, () -> Cursor.decode("tools", Cursor.encode("tools", 10), 10));
    }
}
