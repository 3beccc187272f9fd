package dev.securemcp.tools;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.access.Caller;

/** Tells the caller what the server sees in their token: subject, issuer, audiences, scopes, roles, expiry. */
@ApplicationScoped
public class WhoamiTool implements Tool {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ToolSpec spec;

    public WhoamiTool() {
        ObjectNode input = NODES.objectNode().put("type", "object");
        input.putObject("properties");
        ObjectNode output = NODES.objectNode().put("type", "object");
        ObjectNode properties = output.putObject("properties");
        properties.putObject("sub").put("type", "string").put("description", "the user id");
        properties.putObject("iss").put("type", "string").put("description", "who issued the token");
        stringArray(properties, "aud", "the audiences the token is for");
        stringArray(properties, "scopes", "the OAuth scopes granted");
        stringArray(properties, "roles", "the roles from the configured roles claims");
        properties.putObject("exp").put("type", "integer").put("description", "expiry, seconds since the epoch");
        output.putArray("required").add("sub").add("iss").add("aud").add("scopes").add("roles").add("exp");
        spec = new ToolSpec("whoami", "Who am I",
                "Returns the caller's identity as this server sees it: sub, iss, aud, scopes, roles and exp.",
                input, output, NODES.objectNode().put("readOnlyHint", true), AccessRequirement.scopes("read"), false);
    }

    private static void stringArray(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("type", "array").put("description", description)
                .putObject("items").put("type", "string");
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult call(ObjectNode arguments, ToolContext context) {
        Caller caller = context.caller();
        ObjectNode who = NODES.objectNode();
        who.put("sub", caller.subject());
        who.put("iss", caller.issuer());
        sorted(who.putArray("aud"), caller.audiences());
        sorted(who.putArray("scopes"), caller.scopes());
        sorted(who.putArray("roles"), caller.roles());
        who.put("exp", caller.expiresAt().getEpochSecond());
        return ToolResult.structured(who);
    }

    private static void sorted(ArrayNode into, java.util.Set<String> values) {
        values.stream().sorted().forEach(into::add);
    }
}
