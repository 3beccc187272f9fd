package dev.securemcp.ops;

import java.util.regex.Pattern;

/** Client-chosen text made safe for a log line or an error message: cut short, unable to forge a line. */
public final class Printable {
    private static final Pattern NOT_PRINTABLE = Pattern.compile("[^\\x20-\\x7e]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\x21-\\x7e]");

    private Printable() {
    }

    /** At most {@code max} characters (then "..."), anything but printable ASCII as '?'; null as "-". */
    public static String text(String value, int max) {
        return value == null ? "-" : NOT_PRINTABLE.matcher(cut(value, max)).replaceAll("?");
    }

    /** The same, with spaces replaced too: one word of a log line. */
    public static String word(String value, int max) {
        return value == null ? "-" : NOT_A_WORD.matcher(cut(value, max)).replaceAll("?");
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) + "..." : value;
    }
}
