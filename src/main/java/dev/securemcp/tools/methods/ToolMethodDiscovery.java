package dev.securemcp.tools.methods;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import dev.securemcp.declarations.DeclaringBeans;
import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Finds the {@link dev.securemcp.tools.McpTool} methods of the CDI beans at start and registers
 * them; a wrong declaration stops the server with one sentence naming the method.
 */
@ApplicationScoped
public class ToolMethodDiscovery {

    @Inject
    BeanManager beans;

    @Inject
    ToolRegistry registry;

    void discover(@Observes StartupEvent start) {
        ToolMethods methods = new ToolMethods();
        DeclaringBeans.forEach(beans, (instance, declared) -> registerAll(registry, methods.of(instance, declared)),
                McpTool.class);
    }

    /** Registers the tools of one bean; a name already taken stops the start, naming the method. */
    static void registerAll(ToolRegistry registry, List<Tool> tools) {
        for (Tool tool : tools) {
            if (registry.find(tool.spec().name()).isPresent()) {
                throw ((MethodTool) tool).declarationProblem("is named " + tool.spec().name() + ", like another tool");
            }
            registry.register(tool);
        }
    }
}
