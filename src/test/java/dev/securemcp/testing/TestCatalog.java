package dev.securemcp.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.access.Caller;
import dev.securemcp.content.Content;
import dev.securemcp.content.ResourceContents;
import dev.securemcp.prompts.Prompt;
import dev.securemcp.prompts.PromptArgument;
import dev.securemcp.prompts.PromptResult;
import dev.securemcp.prompts.PromptSpec;
import dev.securemcp.resources.Resource;
import dev.securemcp.resources.ResourceSpec;
import dev.securemcp.resources.ResourceTemplate;
import dev.securemcp.resources.ResourceTemplateSpec;
import dev.securemcp.tools.Elicitation;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;
import dev.securemcp.tools.ToolResult;
import dev.securemcp.tools.ToolSpec;

/** Resources, a template, prompts and asking tools that exist only in @QuarkusTest runs. */
@ApplicationScoped
public class TestCatalog {
    public static final byte[] BINARY = {0, 1, 2, (byte) 0xFE, (byte) 0xFF};

    @Produces
    @ApplicationScoped
    Resource notes() {
        return resource(new ResourceSpec("memo://notes", "notes", "Notes", "Plain text notes", "text/plain",
                AccessRequirement.ANY_CALLER), ResourceContents.text("memo://notes", "text/plain", "remember the milk"));
    }

    @Produces
    @ApplicationScoped
    Resource bytes() {
        return resource(new ResourceSpec("memo://bytes", "bytes", null, "Five raw bytes", "application/octet-stream",
                AccessRequirement.ANY_CALLER), ResourceContents.binary("memo://bytes", "application/octet-stream", BINARY));
    }

    @Produces
    @ApplicationScoped
    Resource secret() {
        return resource(new ResourceSpec("memo://secret", "secret", null, "Needs scope admin", "text/plain",
                AccessRequirement.scopes("admin")), ResourceContents.text("memo://secret", "text/plain", "s3cr3t"));
    }

    @Produces
    @ApplicationScoped
    ResourceTemplate users() {
        ResourceTemplateSpec spec = new ResourceTemplateSpec("memo://users/{name}/profile", "user-profile", null,
                "A user's profile", "text/plain", AccessRequirement.ANY_CALLER);
        return new ResourceTemplate() {
            @Override
            public ResourceTemplateSpec spec() {
                return spec;
            }

            @Override
            public List<ResourceContents> read(String uri, Map<String, String> variables, Caller caller) {
                if (variables.get("name").equals("nobody")) {
                    return List.of();
                }
                return List.of(ResourceContents.text(uri, "text/plain", "profile of " + variables.get("name")));
            }

            @Override
            public List<String> complete(String variable, String prefix) {
                return List.of("alice", "albert", "bob").stream().filter(n -> n.startsWith(prefix)).toList();
            }
        };
    }

    @Produces
    @ApplicationScoped
    Prompt greeting() {
        PromptSpec spec = new PromptSpec("greeting", null, "Greets someone in a language",
                List.of(new PromptArgument("name", "Who", true), new PromptArgument("language", "Which language", false)),
                AccessRequirement.ANY_CALLER);
        return new Prompt() {
            @Override
            public PromptSpec spec() {
                return spec;
            }

            @Override
            public PromptResult get(Map<String, String> arguments, Caller caller) {
                return PromptResult.user(Content.text("Greet " + arguments.get("name") + " in "
                        + arguments.getOrDefault("language", "English") + "."),
                        Content.image("not really a png".getBytes(StandardCharsets.UTF_8), "image/png"));
            }

            @Override
            public List<String> complete(String argument, String prefix, Map<String, String> context) {
                return argument.equals("language")
                        ? List.of("English", "Esperanto", "French").stream().filter(l -> l.startsWith(prefix)).toList()
                        : List.of();
            }
        };
    }

    /** Asks the user for a name and greets with the answer. */
    @Produces
    @ApplicationScoped
    Tool askUser() {
        return tool("test_ask_user", true, context -> {
            ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object");
            schema.putObject("properties").putObject("name").put("type", "string");
            Elicitation answer = context.elicit("Your name?", schema);
            return ToolResult.text(answer.accepted() ? "Hello, " + answer.content().path("name").asText() + "!"
                    : "No name: " + answer.action());
        });
    }

    /** Asks the client's model and returns its text. */
    @Produces
    @ApplicationScoped
    Tool askModel() {
        return tool("test_ask_model", true, context -> {
            ObjectNode params = JsonNodeFactory.instance.objectNode().put("maxTokens", 10);
            params.putArray("messages").addObject().put("role", "user").set("content", Content.text("2+2?"));
            return ToolResult.text("model said " + context.sample(params).path("content").path("text").asText());
        });
    }

    /** Tries to ask from the event loop, which must be refused. */
    @Produces
    @ApplicationScoped
    Tool askOnEventLoop() {
        return tool("test_ask_on_event_loop", false, context -> {
            context.elicit("Never sent", JsonNodeFactory.instance.objectNode().put("type", "object"));
            return ToolResult.text("unreachable");
        });
    }

    private interface Body {
        ToolResult call(ToolContext context) throws ToolException;
    }

    private static Tool tool(String name, boolean blocking, Body body) {
        ToolSpec spec = new ToolSpec(name, null, "Asks the client.", JsonNodeFactory.instance.objectNode().put("type", "object"),
                null, null, AccessRequirement.ANY_CALLER, blocking);
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return spec;
            }

            @Override
            public ToolResult call(ObjectNode arguments, ToolContext context) throws ToolException {
                return body.call(context);
            }
        };
    }

    private static Resource resource(ResourceSpec spec, ResourceContents contents) {
        return new Resource() {
            @Override
            public ResourceSpec spec() {
                return spec;
            }

            @Override
            public List<ResourceContents> read(Caller caller) {
                return List.of(contents);
            }
        };
    }
}
