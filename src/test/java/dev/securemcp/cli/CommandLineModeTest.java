package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CommandLineModeTest {

    @Test
    void noCommandOrServeServes() {
        assertTrue(CommandLineMode.serves());
        assertTrue(CommandLineMode.serves("serve"));
    }

    @Test
    void everyOtherCommandIsACliRun() {
        for (String command : new String[] { "greet", "tools", "call", "token", "keys" }) {
            assertFalse(CommandLineMode.serves(command, "x"), command);
        }
        assertFalse(CommandLineMode.serves("--help"));
    }

    @Test
    void aCliRunDisablesBothPortsAndRestoresThemAfterwards() {
        Map<String, String> previous = CommandLineMode.configure("token");
        try {
            assertEquals("false", System.getProperty("quarkus.http.host-enabled"));
            assertEquals("false", System.getProperty("quarkus.management.host-enabled"));
        } finally {
            CommandLineMode.restore(previous);
        }
        assertNull(System.getProperty("quarkus.http.host-enabled"));
        assertNull(System.getProperty("quarkus.management.host-enabled"));
    }
}
