package dev.securemcp.tools;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.securemcp.access.Access;
import dev.securemcp.access.Caller;

/** Tells the caller what the server sees in their token: subject, issuer, audiences, scopes, roles, expiry. */
@ApplicationScoped
public class WhoamiTool {

    /** The structured result (and, generated from it, the output schema). */
    public record Identity(
            @McpArg("the user id") String sub,
            @McpArg("who issued the token") String iss,
            @McpArg("the audiences the token is for") List<String> aud,
            @McpArg("the OAuth scopes granted") List<String> scopes,
            @McpArg("the roles from the configured roles claims") List<String> roles,
            @McpArg("expiry, seconds since the epoch") long exp) {
    }

    @McpTool(nonBlocking = true, title = "Who am I", readOnly = true,
            description = "Returns the caller's identity as this server sees it: sub, iss, aud, scopes, roles and exp.")
    @Access(scopes = "read")
    public Identity whoami(Caller caller) {
        return new Identity(caller.subject(), caller.issuer(), sorted(caller.audiences()), sorted(caller.scopes()),
                sorted(caller.roles()), caller.expiresAt().getEpochSecond());
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
