package dev.securemcp.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request: its body, its headers (null value = header left out), and whether it is
 * an unmodified valid message that must be answered normally.
 *
 * @param expect for a valid input, the text its answer must contain; null for a hostile input
 */
record FuzzInput(long index, String kind, String httpMethod, byte[] body, Map<String, String> headers, boolean valid,
        String expect) {

    static Map<String, String> newHeaders() {
        return new LinkedHashMap<>();
    }

    String describe() {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return "#" + index + " " + kind + " " + httpMethod + " headers=" + headers.keySet() + " body="
                + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
