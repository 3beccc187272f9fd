package dev.securemcp.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.Access;
import dev.securemcp.access.Caller;
import dev.securemcp.prompts.McpCompletion;
import dev.securemcp.prompts.McpPrompt;
import dev.securemcp.protocol.ClientAsker;
import dev.securemcp.protocol.ClientRequestException;
import dev.securemcp.resources.McpResource;
import dev.securemcp.resources.McpResourceTemplate;
import dev.securemcp.tools.McpArg;

/** Annotated resources, a resource template and prompts, with completions, for the HTTP tests. */
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

    @McpCompletion(uriTemplate = "annotated://notes/{id}", argument = "id")
    public List<String> noteIds(String prefix) {
        return Stream.of("41", "42", "7").filter(id -> id.startsWith(prefix)).toList();
    }

    @McpPrompt(name = "annotated_review", description = "Asks for a review of some code.")
    public String review(@McpArg("the code to review") String code, Optional<String> focus) {
        return "Review this code" + focus.map(f -> " for " + f).orElse("") + ": " + code;
    }

    @McpCompletion(prompt = "annotated_review", argument = "focus")
    public List<String> focusFor(String prefix, Map<String, String> chosen) {
        List<String> focuses = chosen.getOrDefault("code", "").contains("++") ? List.of("overflow", "ordering")
                : List.of("naming", "nulls");
        return focuses.stream().filter(focus -> focus.startsWith(prefix)).toList();
    }

    @McpPrompt(name = "annotated_asking", description = "Asks the user what to focus on, then builds the prompt.")
    public String asking(ClientAsker asker) throws ClientRequestException {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
        schema.putObject("properties").putObject("focus").put("type", "string");
        JsonNode answer = asker.ask("focus", "elicitation/create",
                JsonNodeFactory.instance.objectNode().put("message", "What should the review focus on?")
                        .set("requestedSchema", schema));
        return "Review for " + answer.path("content").path("focus").asText("?");
    }
}
