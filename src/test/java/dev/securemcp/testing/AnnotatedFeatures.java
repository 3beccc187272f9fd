package dev.securemcp.testing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.securemcp.access.Access;
import dev.securemcp.access.Caller;
import dev.securemcp.prompts.McpPrompt;
import dev.securemcp.resources.McpResource;
import dev.securemcp.resources.McpResourceTemplate;
import dev.securemcp.tools.McpArg;

/** An annotated resource, resource template and prompt for the HTTP tests. */
@ApplicationScoped
public class AnnotatedFeatures {

    @McpResource(uri = "annotated://motd", description = "The message of the day.")
    public String motd(Caller caller) {
        return "Good day, " + caller.subject() + ".";
    }

    @McpResource(uri = "annotated://admin-only", description = "Needs scope admin.")
    @Access(scopes = "admin")
    public String adminOnly() {
        return "secret";
    }

    @McpResourceTemplate(uriTemplate = "annotated://notes/{id}", description = "A note by id.")
    public String note(String id) {
        return "Note " + id;
    }

    @McpPrompt(name = "annotated_review", description = "Asks for a review of some code.")
    public String review(@McpArg("the code to review") String code, Optional<String> focus) {
        return "Review this code" + focus.map(f -> " for " + f).orElse("") + ": " + code;
    }
}
