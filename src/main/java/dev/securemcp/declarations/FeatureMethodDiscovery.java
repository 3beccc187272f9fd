package dev.securemcp.declarations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import dev.securemcp.prompts.McpPrompt;
import dev.securemcp.prompts.PromptRegistry;
import dev.securemcp.prompts.methods.PromptMethods;
import dev.securemcp.resources.McpResource;
import dev.securemcp.resources.McpResourceTemplate;
import dev.securemcp.resources.ResourceRegistry;
import dev.securemcp.resources.methods.ResourceMethods;
import io.quarkus.runtime.StartupEvent;

/**
 * Finds the {@link McpResource}, {@link McpResourceTemplate} and {@link McpPrompt} methods of the
 * CDI beans at start and registers them; a wrong declaration stops the server, naming the method.
 */
@ApplicationScoped
public class FeatureMethodDiscovery {

    @Inject
    BeanManager beans;

    @Inject
    ResourceRegistry resources;

    @Inject
    PromptRegistry prompts;

    void discover(@Observes StartupEvent start) {
        DeclaringBeans.forEach(beans, McpResource.class,
                (instance, declared) -> ResourceMethods.resources(instance, declared).forEach(resources::register));
        DeclaringBeans.forEach(beans, McpResourceTemplate.class,
                (instance, declared) -> ResourceMethods.templates(instance, declared).forEach(resources::register));
        DeclaringBeans.forEach(beans, McpPrompt.class,
                (instance, declared) -> PromptMethods.of(instance, declared).forEach(prompts::register));
    }
}
