package dev.securemcp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.tools.methods.ToolMethods;

/** The four shipped tools, now annotated methods, declare exactly what their hand-written specs declared. */
class ShippedToolsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ToolSpec spec(Object bean) {
        List<Tool> tools = new ToolMethods().of(bean);
        assertEquals(1, tools.size());
        return tools.get(0).spec();
    }

    /**
     * The JSON as a client reads it (reparsed: 1 is 1 whether built as an int or a long), with every
     * {@code required} array as a sorted set: its order means nothing.
     */
    private static JsonNode normalized(JsonNode node) throws Exception {
        if (node == null) {
            return null;
        }
        JsonNode copy = JSON.readTree(node.toString());
        normalize(copy);
        return copy;
    }

    private static void normalize(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("required") instanceof ArrayNode required) {
                Set<String> sorted = new TreeSet<>();
                required.forEach(name -> sorted.add(name.asText()));
                ArrayNode replaced = object.putArray("required");
                sorted.forEach(replaced::add);
            }
            object.forEach(ShippedToolsTest::normalize);
        }
    }

    private static void assertSpec(ToolSpec spec, String name, String title, String input, String output,
            String annotations, AccessRequirement access, boolean blocking) throws Exception {
        assertEquals(name, spec.name());
        assertEquals(title, spec.title());
        assertEquals(normalized(JSON.readTree(input)), normalized(spec.inputSchema()), name + " input schema");
        assertEquals(output == null ? null : normalized(JSON.readTree(output)), normalized(spec.outputSchema()),
                name + " output schema");
        assertEquals(annotations == null ? null : JSON.readTree(annotations), spec.annotations(), name + " annotations");
        assertEquals(access, spec.access());
        assertEquals(blocking, spec.blocking(), name + " blocking");
    }

    @Test
    void greet() throws Exception {
        assertSpec(spec(new GreetTool()), "greet", "Greet", """
                {"type":"object","properties":{"name":{"type":"string","description":"Who to greet"}},"required":["name"]}""",
                null, null, AccessRequirement.ANY_CALLER, false);
    }

    @Test
    void whoami() throws Exception {
        assertSpec(spec(new WhoamiTool()), "whoami", "Who am I", "{\"type\":\"object\",\"properties\":{}}", """
                {"type":"object","properties":{"sub":{"type":"string","description":"the user id"},
                 "iss":{"type":"string","description":"who issued the token"},
                 "aud":{"type":"array","description":"the audiences the token is for","items":{"type":"string"}},
                 "scopes":{"type":"array","description":"the OAuth scopes granted","items":{"type":"string"}},
                 "roles":{"type":"array","description":"the roles from the configured roles claims","items":{"type":"string"}},
                 "exp":{"type":"integer","description":"expiry, seconds since the epoch"}},
                 "required":["sub","iss","aud","scopes","roles","exp"]}""",
                "{\"readOnlyHint\":true}", AccessRequirement.scopes("read"), false);
    }

    @Test
    void auditRecent() throws Exception {
        assertSpec(spec(new AuditRecentTool()), "audit_recent", "Recent audit events", """
                {"type":"object","properties":{"limit":{"type":"integer","minimum":1,"maximum":1000,"default":20,
                 "description":"How many events, newest first"}}}""",
                null, "{\"readOnlyHint\":true}", AccessRequirement.scopeOrRole("admin"), false);
    }

    @Test
    void revokeToken() throws Exception {
        assertSpec(spec(new RevokeTokenTool()), "revoke_token", "Revoke a token", """
                {"type":"object","properties":{"jti":{"type":"string","description":"The id (jti claim) of the token to revoke"}},
                 "required":["jti"]}""",
                null, "{\"destructiveHint\":true,\"idempotentHint\":true}", AccessRequirement.scopeOrRole("admin"), true);
    }
}
