package dev.securemcp.resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.access.Caller;
import dev.securemcp.content.ResourceContents;

/**
 * Every resource and resource template the server offers: the CDI beans, plus any registered at
 * run time. Code that changes a resource calls {@link #updated} so that subscribers hear of it.
 */
@ApplicationScoped
public class ResourceRegistry {
    private final Map<String, Resource> byUri = new ConcurrentHashMap<>();
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final List<Consumer<String>> updateListeners = new CopyOnWriteArrayList<>();

    @Inject
    Instance<Resource> resourceBeans;

    @Inject
    Instance<ResourceTemplate> templateBeans;

    @PostConstruct
    void collectBeans() {
        resourceBeans.forEach(this::register);
        templateBeans.forEach(this::register);
    }

    public void register(Resource resource) {
        if (byUri.putIfAbsent(resource.spec().uri(), resource) != null) {
            throw new IllegalStateException("Two resources have the URI " + resource.spec().uri() + ".");
        }
    }

    public void register(ResourceTemplate template) {
        String key = template.spec().uriTemplate();
        if (templates.putIfAbsent(key, new Template(template, new UriTemplate(key))) != null) {
            throw new IllegalStateException("Two resource templates are " + key + ".");
        }
    }

    /** The resources this caller may read, by URI. */
    public List<Resource> resourcesVisibleTo(Caller caller) {
        List<Resource> visible = new ArrayList<>();
        for (Resource resource : byUri.values()) {
            if (resource.spec().access().permits(caller)) {
                visible.add(resource);
            }
        }
        visible.sort(Comparator.comparing(r -> r.spec().uri()));
        return visible;
    }

    /** The templates this caller may read through, by template. */
    public List<ResourceTemplate> templatesVisibleTo(Caller caller) {
        List<ResourceTemplate> visible = new ArrayList<>();
        for (Template entry : templates.values()) {
            if (entry.template().spec().access().permits(caller)) {
                visible.add(entry.template());
            }
        }
        visible.sort(Comparator.comparing(t -> t.spec().uriTemplate()));
        return visible;
    }

    public Optional<ResourceTemplate> template(String uriTemplate) {
        return Optional.ofNullable(templates.get(uriTemplate)).map(Template::template);
    }

    /** What reading {@code uri} takes: a fixed resource first, else the first template that matches. */
    public Optional<Readable> resolve(String uri) {
        Resource resource = byUri.get(uri);
        if (resource != null) {
            return Optional.of(new Readable(resource.spec().access(), resource::read));
        }
        for (Template entry : templates.values()) {
            Optional<Map<String, String>> variables = entry.uriTemplate().match(uri);
            if (variables.isPresent()) {
                return Optional.of(new Readable(entry.template().spec().access(),
                        caller -> entry.template().read(uri, variables.get(), caller)));
            }
        }
        return Optional.empty();
    }

    /** Tells subscribers that the resource at {@code uri} changed. */
    public void updated(String uri) {
        updateListeners.forEach(listener -> listener.accept(uri));
    }

    public void onUpdate(Consumer<String> listener) {
        updateListeners.add(listener);
    }

    /** A resolved URI: who may read it, and how. */
    public record Readable(AccessRequirement access, java.util.function.Function<Caller, List<ResourceContents>> reader) {
    }

    private record Template(ResourceTemplate template, UriTemplate uriTemplate) {
    }
}
