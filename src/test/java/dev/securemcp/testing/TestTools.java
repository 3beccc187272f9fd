package dev.securemcp.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.tools.LogLevel;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolResult;
import dev.securemcp.tools.ToolSpec;

/** Tools that exist only in @QuarkusTest runs, to exercise the tool machinery. */
@ApplicationScoped
public class TestTools {

    private static ObjectNode noArguments() {
        return JsonNodeFactory.instance.objectNode().put("type", "object");
    }

    private static Tool tool(ToolSpec spec, java.util.function.Function<ToolContext, ToolResult> body) {
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return spec;
            }

            @Override
            public ToolResult call(ObjectNode arguments, ToolContext context) {
                return body.apply(context);
            }
        };
    }

    /** Reports progress three times and logs once before its result. */
    @Produces
    @ApplicationScoped
    Tool progress() {
        return tool(new ToolSpec("test_progress", null, "Reports progress.", noArguments(), null, null,
                AccessRequirement.ANY_CALLER, true), context -> {
                    for (int step = 1; step <= 3; step++) {
                        context.progress(step, 3.0, "step " + step);
                    }
                    context.log(LogLevel.INFO, "progress done");
                    return ToolResult.text("done");
                });
    }

    /** Sleeps far longer than the test timeout, honouring interruption. */
    @Produces
    @ApplicationScoped
    Tool slow() {
        return tool(new ToolSpec("test_slow", null, "Never finishes in time.", noArguments(), null, null,
                AccessRequirement.ANY_CALLER, true), context -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    }
                    return ToolResult.text("woke up");
                });
    }

    /** Fails with an unexpected exception whose class and message must not reach the client. */
    @Produces
    @ApplicationScoped
    Tool failing() {
        return tool(new ToolSpec("test_failing", null, "Always throws.", noArguments(), null, null,
                AccessRequirement.ANY_CALLER, false), context -> {
                    throw new IllegalStateException("secret internal detail");
                });
    }

    /** Needs scope admin, which the default test token lacks. */
    @Produces
    @ApplicationScoped
    Tool adminOnly() {
        return tool(new ToolSpec("test_admin", null, "Needs scope admin.", noArguments(), null, null,
                AccessRequirement.scopes("admin"), false), context -> ToolResult.text("admin ok"));
    }
}
