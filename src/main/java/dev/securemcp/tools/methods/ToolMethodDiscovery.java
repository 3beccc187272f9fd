package dev.securemcp.tools.methods;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.quarkus.runtime.StartupEvent;

/**
 * Finds the {@link dev.securemcp.tools.McpTool} methods of the CDI beans at start and registers
 * them; a wrong declaration stops the server with one sentence naming the method. Application
 * beans are never removed as unused ({@code quarkus.arc.remove-unused-beans=fwk}), so a bean whose
 * only use is its tools is found.
 */
@ApplicationScoped
public class ToolMethodDiscovery {

    @Inject
    BeanManager beans;

    @Inject
    ToolRegistry registry;

    void discover(@Observes StartupEvent start) {
        ToolMethods methods = new ToolMethods();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (!(bean instanceof InjectableBean<?> injectable) || injectable.getKind() != InjectableBean.Kind.CLASS
                    || !ToolMethods.declareTools(injectable.getImplementationClass())) {
                continue;
            }
            Object instance = Arc.container().instance(injectable).get();
            registerAll(registry, methods.of(instance, injectable.getImplementationClass()));
        }
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
