package dev.securemcp.tools;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;
import dev.securemcp.auth.RevocationStore;
import dev.securemcp.store.StoreUnavailableException;

/** Revokes a token by its {@code jti}: refused from the next request on, across restarts. */
@ApplicationScoped
public class RevokeTokenTool implements Tool {
    private static final int MAX_JTI = 256;

    private final ToolSpec spec;
    private final RevocationStore revocations;
    private final Audit audit;

    @Inject
    public RevokeTokenTool(RevocationStore revocations, Audit audit) {
        this.revocations = revocations;
        this.audit = audit;
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("type", "object");
        input.putObject("properties").putObject("jti")
                .put("type", "string")
                .put("description", "The id (jti claim) of the token to revoke");
        input.putArray("required").add("jti");
        spec = new ToolSpec("revoke_token", "Revoke a token",
                "Revokes the token with this jti: every request carrying it is refused from the next one on.",
                input, null, JsonNodeFactory.instance.objectNode().put("destructiveHint", true)
                        .put("idempotentHint", true),
                AccessRequirement.scopeOrRole("admin"), true);
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult call(ObjectNode arguments, ToolContext context) throws ToolException {
        String jti = arguments.get("jti").asText().strip();
        if (jti.isEmpty() || jti.length() > MAX_JTI || !jti.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new ToolException("'jti' must be 1 to " + MAX_JTI + " printable ASCII characters.");
        }
        boolean fresh;
        try {
            fresh = revocations.revoke(jti);
        } catch (StoreUnavailableException unavailable) {
            throw new ToolException("The shared store is unreachable: token " + jti + " is NOT revoked yet; try again.");
        }
        // The revocation is audited before the admin hears it is done.
        audit.record(AuditEvent.Type.REVOCATION, null, context.caller().subject(), null, null, "tools/call",
                spec.name(), fresh ? "revoked" : "already_revoked", null, jti)
                .await().atMost(Duration.ofSeconds(10));
        return ToolResult.text(fresh ? "Token " + jti + " is revoked: it is refused from the next request on."
                : "Token " + jti + " was already revoked.");
    }
}
