package dev.securemcp.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.securemcp.config.McpConfig;
import dev.securemcp.declarations.FeatureMethodDiscovery;
import dev.securemcp.resources.ResourceRegistry;
import dev.securemcp.tools.ToolRegistry;
import dev.securemcp.tools.methods.ToolMethods;
import io.quarkus.runtime.StartupEvent;

/**
 * Registers the MCP conformance suite's fixtures at start, only when
 * {@code mcp.conformance.enabled=true} (read at run time, so the packaged jar can switch them on).
 */
@ApplicationScoped
public class ConformanceFixtures {
    private static final Logger LOG = Logger.getLogger(ConformanceFixtures.class);

    @Inject
    McpConfig config;

    @Inject
    ToolRegistry tools;

    @Inject
    FeatureMethodDiscovery features;

    @Inject
    ResourceRegistry resources;

    void register(@Observes StartupEvent start) {
        if (!config.conformance().enabled()) {
            return;
        }
        ToolMethods methods = new ToolMethods();
        methods.of(new ConformanceTools()).forEach(tools::register);
        methods.of(new ConformanceInputTools()).forEach(tools::register);
        methods.of(new WatchedResourceUpdates(resources)).forEach(tools::register);
        features.register(new ConformanceResources(), ConformanceResources.class);
        features.register(new ConformancePrompts(), ConformancePrompts.class);
        LOG.warn("MCP conformance fixtures are registered (mcp.conformance.enabled=true): never in production.");
    }
}
