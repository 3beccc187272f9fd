package dev.securemcp.tools.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.declarations.DeclarationException;
import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.ToolRegistry;

/** A tool declared so that it cannot work stops the start with one sentence that names its method. */
class ToolDeclarationTest {

    static class First {
        @McpTool(description = "One.")
        public String twin() {
            return "first";
        }
    }

    static class Second {
        @McpTool(name = "twin", description = "Two.")
        public String other() {
            return "second";
        }
    }

    static class UnsupportedParameter {
        @McpTool(description = "Takes a thread.")
        public String run(Thread worker) {
            return "never";
        }
    }

    static class NoSchema {
        @McpTool(description = "A pattern that is not a regular expression.")
        public String match(@Pattern(regexp = "(unclosed") String text) {
            return "never";
        }
    }

    static class InvalidSchema {
        @McpTool(description = "A hand-written schema with a dangling reference.", inputSchema = "tool-schemas/dangling-ref.json")
        public String raw(ObjectNode arguments) {
            return "never";
        }
    }

    static class ListResult {
        @McpTool(description = "Returns a bare list.")
        public List<String> names() {
            return List.of();
        }
    }

    static class ContradictoryHints {
        @McpTool(description = "Destroys and only adds.", destructive = true, additive = true)
        public String both() {
            return "never";
        }
    }

    static class ReadOnlyDestroyer {
        @McpTool(description = "Reads and destroys.", readOnly = true, destructive = true)
        public String both() {
            return "never";
        }
    }

    static class OpenAndClosed {
        @McpTool(description = "Reaches out and does not.", openWorld = true, closedWorld = true)
        public String both() {
            return "never";
        }
    }

    static class StandardRoles {
        @McpTool(description = "Secured the Jakarta way.")
        @RolesAllowed("admin")
        public String purge() {
            return "never";
        }
    }

    @Test
    void twoToolsOfOneName() {
        ToolRegistry registry = new ToolRegistry();
        ToolMethods methods = new ToolMethods();
        ToolMethodDiscovery.registerAll(registry, methods.of(new First()));
        ToolDeclarationException failure = assertThrows(ToolDeclarationException.class,
                () -> ToolMethodDiscovery.registerAll(registry, methods.of(new Second())));
        assertEquals("The tool method Second.other() is named twin, like another tool.", failure.getMessage());
    }

    @Test
    void aParameterTypeThatIsNotJson() {
        ToolDeclarationException failure = assertThrows(ToolDeclarationException.class,
                () -> new ToolMethods().of(new UnsupportedParameter()));
        assertEquals("The tool method UnsupportedParameter.run(Thread) has the parameter worker of type "
                + "java.lang.Thread, which is not a JSON type (use a string, number, boolean, enum, list, map, "
                + "Optional or record).", failure.getMessage());
    }

    @Test
    void aSchemaThatCannotBeMade() {
        ToolDeclarationException failure = assertThrows(ToolDeclarationException.class,
                () -> new ToolMethods().of(new NoSchema()));
        assertTrue(failure.getMessage().startsWith("The tool method NoSchema.match(String) has a constraint on text "
                + "that is not valid: "), failure.getMessage());
        assertEquals(1, failure.getMessage().lines().count(), failure.getMessage());
    }

    @Test
    void aSchemaTheValidatorCannotCompile() {
        ToolDeclarationException failure = assertThrows(ToolDeclarationException.class,
                () -> new ToolMethods().of(new InvalidSchema()));
        assertTrue(failure.getMessage().startsWith("The tool method InvalidSchema.raw(ObjectNode) has an input schema "
                + "that is not valid JSON Schema 2020-12"), failure.getMessage());
    }

    @Test
    void aReturnTypeThatIsNotAResult() {
        ToolDeclarationException failure = assertThrows(ToolDeclarationException.class,
                () -> new ToolMethods().of(new ListResult()));
        assertEquals("The tool method ListResult.names() returns java.util.List, which is not a result (return a "
                + "String, a record, a Map, a ToolResult or a Uni of one).", failure.getMessage());
    }

    @Test
    void hintsThatContradictEachOther() {
        assertEquals("The tool method ContradictoryHints.both() is declared both destructive and additive.",
                assertThrows(ToolDeclarationException.class, () -> new ToolMethods().of(new ContradictoryHints())).getMessage());
        assertEquals("The tool method ReadOnlyDestroyer.both() is read-only and also declares how it updates "
                + "(destructive or additive).",
                assertThrows(ToolDeclarationException.class, () -> new ToolMethods().of(new ReadOnlyDestroyer())).getMessage());
        assertEquals("The tool method OpenAndClosed.both() is declared both open-world and closed-world.",
                assertThrows(ToolDeclarationException.class, () -> new ToolMethods().of(new OpenAndClosed())).getMessage());
    }

    @Test
    void rolesAllowedIsRefusedForAccess() {
        assertEquals("The tool method StandardRoles.purge() is secured with @RolesAllowed, which MCP methods do not use: "
                + "declare @Access(scopes = ..., roles = ...) instead (roles from mcp.auth.roles-claims; no @Access means "
                + "any valid token).",
                assertThrows(DeclarationException.class, () -> new ToolMethods().of(new StandardRoles())).getMessage());
    }
}
