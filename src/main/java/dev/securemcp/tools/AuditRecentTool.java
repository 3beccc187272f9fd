package dev.securemcp.tools;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.Access;
import dev.securemcp.access.AccessRequirement;
import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;

/** The newest audit events, newest first, for an admin. */
@ApplicationScoped
public class AuditRecentTool {
    static final int MAX_LIMIT = 1000;

    @Inject
    Audit audit;

    @McpTool(nonBlocking = true, name = "audit_recent", title = "Recent audit events", readOnly = true,
            description = "Returns the newest audit events (authentication failures, tool calls, sessions, revocations).")
    @Access(scopes = "admin", roles = "admin", mode = AccessRequirement.Mode.ANY)
    public ToolResult recent(@McpArg(value = "How many events, newest first", defaultValue = "20")
            @Min(1) @Max(MAX_LIMIT) int limit) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode events = result.putArray("events");
        for (AuditEvent event : audit.recent(limit)) {
            events.add(event.toJson());
        }
        return ToolResult.structured(result);
    }
}
