package dev.securemcp.protocol;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Which declared client capability each server-to-client request needs. */
public final class ClientCapability {
    private static final Map<String, String> NEEDED = Map.of(
            "sampling/createMessage", "sampling",
            "elicitation/create", "elicitation",
            "roots/list", "roots");

    private ClientCapability() {
    }

    /** Whether a client with these capabilities may be sent {@code method}. */
    public static boolean allows(ObjectNode capabilities, String method) {
        String needed = NEEDED.get(method);
        return needed == null || (capabilities != null && capabilities.has(needed));
    }

    /** The capability's name, for messages. */
    public static String of(String method) {
        return NEEDED.getOrDefault(method, method);
    }
}
