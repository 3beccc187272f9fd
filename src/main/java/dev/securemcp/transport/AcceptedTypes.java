package dev.securemcp.transport;

import java.util.Locale;

/** What a client's Accept header allows: a JSON body, an SSE stream, or both. */
record AcceptedTypes(boolean json, boolean eventStream) {

    static AcceptedTypes parse(String accept) {
        if (accept == null || accept.isBlank()) {
            return new AcceptedTypes(true, true);
        }
        boolean json = false;
        boolean stream = false;
        for (String part : accept.split(",")) {
            String type = part.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            switch (type) {
                case "*/*" -> {
                    json = true;
                    stream = true;
                }
                case "application/*", "application/json" -> json = true;
                case "text/*", "text/event-stream" -> stream = true;
                default -> {
                }
            }
        }
        return new AcceptedTypes(json, stream);
    }

    boolean any() {
        return json || eventStream;
    }
}
