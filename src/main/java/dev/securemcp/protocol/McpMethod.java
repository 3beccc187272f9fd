package dev.securemcp.protocol;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Every method name this server understands, as it stands on the wire. */
public enum McpMethod {
    INITIALIZE("initialize"),
    PING("ping"),
    SERVER_DISCOVER("server/discover"),
    TOOLS_LIST("tools/list"),
    TOOLS_CALL("tools/call"),
    LOGGING_SET_LEVEL("logging/setLevel"),
    RESOURCES_LIST("resources/list"),
    RESOURCES_READ("resources/read"),
    RESOURCES_TEMPLATES_LIST("resources/templates/list"),
    RESOURCES_SUBSCRIBE("resources/subscribe"),
    RESOURCES_UNSUBSCRIBE("resources/unsubscribe"),
    PROMPTS_LIST("prompts/list"),
    PROMPTS_GET("prompts/get"),
    COMPLETION_COMPLETE("completion/complete"),
    NOTIFICATIONS_INITIALIZED("notifications/initialized"),
    NOTIFICATIONS_CANCELLED("notifications/cancelled"),
    NOTIFICATIONS_ROOTS_LIST_CHANGED("notifications/roots/list_changed");

    private static final Map<String, McpMethod> BY_WIRE_NAME = new HashMap<>();

    static {
        for (McpMethod method : values()) {
            BY_WIRE_NAME.put(method.wireName, method);
        }
    }

    private final String wireName;

    McpMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<McpMethod> fromWire(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }
}
