package dev.securemcp.declarations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

import dev.securemcp.prompts.McpCompletion;
import dev.securemcp.prompts.McpPrompt;
import dev.securemcp.prompts.PromptRegistry;
import dev.securemcp.prompts.methods.PromptMethods;
import dev.securemcp.resources.McpResource;
import dev.securemcp.resources.McpResourceTemplate;
import dev.securemcp.resources.ResourceRegistry;
import dev.securemcp.resources.methods.ResourceMethods;
import io.quarkus.runtime.StartupEvent;

/**
 * Finds the {@link McpResource}, {@link McpResourceTemplate}, {@link McpPrompt} and
 * {@link McpCompletion} methods of the CDI beans at start and registers them; a wrong declaration
 * stops the server, naming the method.
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
        DeclaringBeans.forEach(beans, this::register,
                McpResource.class, McpResourceTemplate.class, McpPrompt.class, McpCompletion.class);
    }

    /** The resources, templates and prompts of one object, each completion claimed by one of them. */
    public void register(Object target, Class<?> declared) {
        Completers completers = Completers.of(target, declared);
        ResourceMethods.resources(target, declared).forEach(resources::register);
        ResourceMethods.templates(target, declared, completers).forEach(resources::register);
        PromptMethods.of(target, declared, completers).forEach(prompts::register);
        completers.requireAllClaimed();
    }
}
