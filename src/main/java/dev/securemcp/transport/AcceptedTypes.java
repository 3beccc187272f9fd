package dev.securemcp.transport;

/** What a client's Accept header allows: a JSON body, an SSE stream, or both. */
record AcceptedTypes(boolean json, boolean eventStream) {

    private static final AcceptedTypes BOTH = new AcceptedTypes(true, true);
    private static final AcceptedTypes JSON_ONLY = new AcceptedTypes(true, false);
    private static final AcceptedTypes STREAM_ONLY = new AcceptedTypes(false, true);
    private static final AcceptedTypes NEITHER = new AcceptedTypes(false, false);

    /** Reads the header in place: it comes with every request, so nothing is split or copied. */
    static AcceptedTypes parse(String accept) {
        if (accept == null || accept.isBlank()) {
            return BOTH;
        }
        boolean json = false;
        boolean stream = false;
        int start = 0;
        while (start <= accept.length()) {
            int comma = accept.indexOf(',', start);
            int end = comma < 0 ? accept.length() : comma;
            int semicolon = accept.indexOf(';', start);
            int typeEnd = semicolon >= 0 && semicolon < end ? semicolon : end;
            int from = start;
            while (from < typeEnd && Character.isWhitespace(accept.charAt(from))) {
                from++;
            }
            int to = typeEnd;
            while (to > from && Character.isWhitespace(accept.charAt(to - 1))) {
                to--;
            }
            if (is(accept, from, to, "*/*")) {
                json = true;
                stream = true;
            } else if (is(accept, from, to, "application/json") || is(accept, from, to, "application/*")) {
                json = true;
            } else if (is(accept, from, to, "text/event-stream") || is(accept, from, to, "text/*")) {
                stream = true;
            }
            start = end + 1;
        }
        return json ? (stream ? BOTH : JSON_ONLY) : (stream ? STREAM_ONLY : NEITHER);
    }

    private static boolean is(String header, int from, int to, String type) {
        return to - from == type.length() && header.regionMatches(true, from, type, 0, type.length());
    }

    boolean any() {
        return json || eventStream;
    }
}
