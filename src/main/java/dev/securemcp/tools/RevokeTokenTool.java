package dev.securemcp.tools;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.securemcp.access.Access;
import dev.securemcp.access.AccessRequirement;
import dev.securemcp.access.Caller;
import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;
import dev.securemcp.auth.RevocationStore;
import dev.securemcp.store.StoreUnavailableException;

/** Revokes a token by its {@code jti}: refused from the next request on, across restarts. */
@ApplicationScoped
public class RevokeTokenTool {
    private static final int MAX_JTI = 256;

    @Inject
    RevocationStore revocations;

    @Inject
    Audit audit;

    /** Blocking (the tool pool): it waits for the revocation's audit event to be written. */
    @McpTool(name = "revoke_token", title = "Revoke a token", destructive = true, idempotent = true,
            description = "Revokes the token with this jti: every request carrying it is refused from the next one on.")
    @Access(scopes = "admin", roles = "admin", mode = AccessRequirement.Mode.ANY)
    public String revoke(@McpArg("The id (jti claim) of the token to revoke") String jti, Caller caller)
            throws ToolException {
        String id = jti.strip();
        if (id.isEmpty() || id.length() > MAX_JTI || !id.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new ToolException("'jti' must be 1 to " + MAX_JTI + " printable ASCII characters.");
        }
        boolean fresh;
        try {
            fresh = revocations.revoke(id);
        } catch (StoreUnavailableException unavailable) {
            throw new ToolException("The shared store is unreachable: token " + id + " is NOT revoked yet; try again.");
        }
        // The revocation is audited before the admin hears it is done.
        audit.record(AuditEvent.revocation(caller.subject(), id, fresh))
                .await().atMost(Duration.ofSeconds(10));
        return fresh ? "Token " + id + " is revoked: it is refused from the next request on."
                : "Token " + id + " was already revoked.";
    }
}
