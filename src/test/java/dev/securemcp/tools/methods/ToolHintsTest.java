package dev.securemcp.tools.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.ToolSpec;

/** The tool annotations a declaration emits: only what it says, true or false. */
class ToolHintsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static class Tools {
        @McpTool(description = "Says nothing about itself.")
        public String plain() {
            return "";
        }

        @McpTool(description = "Adds a note, nothing else, inside this server.", additive = true, closedWorld = true)
        public String note() {
            return "";
        }

        @McpTool(description = "Deletes, again and again alike, and calls out.", destructive = true, idempotent = true,
                openWorld = true)
        public String purge() {
            return "";
        }
    }

    private static ToolSpec spec(String name) {
        return new ToolMethods().of(new Tools()).stream().map(tool -> tool.spec())
                .filter(spec -> spec.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aToolThatSaysNothingHasNoAnnotations() {
        assertNull(spec("plain").annotations());
    }

    @Test
    void additiveAndClosedWorldAreTheFalseHints() throws Exception {
        assertEquals(JSON.readTree("{\"destructiveHint\":false,\"openWorldHint\":false}"), spec("note").annotations());
    }

    @Test
    void destructiveIdempotentOpenWorldAreTheTrueHints() throws Exception {
        assertEquals(JSON.readTree("{\"destructiveHint\":true,\"idempotentHint\":true,\"openWorldHint\":true}"),
                spec("purge").annotations());
    }
}
