package dev.securemcp.cli;

/**
 * Decides, before Quarkus starts, whether this run serves HTTP. Only {@code serve} (or no command)
 * does: every other command binds no port, so it can run beside a server on the same ports.
 */
public final class CommandLineMode {

    private CommandLineMode() {
    }

    public static boolean serves(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg.equals("serve");
            }
        }
        return true;
    }

    public static void configure(String... args) {
        if (!serves(args)) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.log.console.level", "WARN");
        }
    }
}
