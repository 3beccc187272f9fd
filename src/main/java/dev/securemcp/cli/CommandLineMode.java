package dev.securemcp.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides, before Quarkus starts, whether this run serves HTTP. Only {@code serve} (or no command)
 * does: every other command binds no port (neither HTTP nor management) and logs only warnings, so
 * it can run beside a server on the same ports and its output is its own (readable, never JSON).
 */
public final class CommandLineMode {
    private static final Map<String, String> CLI_SETTINGS = Map.of(
            "quarkus.http.host-enabled", "false",
            "quarkus.management.host-enabled", "false",
            "quarkus.log.console.json.enabled", "false",
            "quarkus.log.console.level", "WARN");

    private CommandLineMode() {
    }

    public static boolean serves(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg.equals("serve");
            }
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Applies the CLI settings as system properties when the run does not serve.
     *
     * @return the previous values, for {@link #restore(Map)} once the run ends (tests launch many
     *         runs in one JVM, and a later server test must not inherit a disabled HTTP server)
     */
    public static Map<String, String> configure(String... args) {
        Map<String, String> previous = new HashMap<>();
        if (!serves(args)) {
            CLI_SETTINGS.forEach((key, value) -> {
                previous.put(key, System.getProperty(key));
                System.setProperty(key, value);
            });
        }
        return previous;
    }

    public static void restore(Map<String, String> previous) {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
