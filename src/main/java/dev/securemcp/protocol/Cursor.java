package dev.securemcp.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque paging cursors: the offset of the next page inside a named list. A cursor that does not
 * decode, names another list or points outside it is refused with -32602.
 */
public final class Cursor {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursor() {
    }

    public static String encode(String list, int offset) {
        return ENCODER.encodeToString((list + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a cursor names; 0 for no cursor. */
    public static int decode(String list, String cursor, int size) {
        if (cursor == null) {
            return 0;
        }
        try {
            String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            int colon = text.lastIndexOf(':');
            if (colon > 0 && text.substring(0, colon).equals(list)) {
                int offset = Integer.parseInt(text.substring(colon + 1));
                if (offset > 0 && offset < size) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // falls through to the refusal below
        }
        throw McpException.invalidParams("Invalid cursor.");
    }
}
