package dev.securemcp.tools;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;

/** The newest audit events, newest first, for an admin. */
@ApplicationScoped
public class AuditRecentTool implements Tool {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 1000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ToolSpec spec;
    private final Audit audit;

    @Inject
    public AuditRecentTool(Audit audit) {
        this.audit = audit;
        ObjectNode input = NODES.objectNode().put("type", "object");
        input.putObject("properties").putObject("limit")
                .put("type", "integer")
                .put("minimum", 1)
                .put("maximum", MAX_LIMIT)
                .put("default", DEFAULT_LIMIT)
                .put("description", "How many events, newest first");
        spec = new ToolSpec("audit_recent", "Recent audit events",
                "Returns the newest audit events (authentication failures, tool calls, sessions, revocations).",
                input, null, NODES.objectNode().put("readOnlyHint", true), AccessRequirement.scopeOrRole("admin"),
                false);
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult call(ObjectNode arguments, ToolContext context) throws ToolException {
        int limit = arguments.path("limit").asInt(DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ToolException("'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        ObjectNode result = NODES.objectNode();
        ArrayNode events = result.putArray("events");
        for (AuditEvent event : audit.recent(limit)) {
            events.add(event.toJson());
        }
        return ToolResult.structured(result);
    }
}
