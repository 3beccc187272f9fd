package dev.securemcp.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.securemcp.access.Caller;

/** Every tool the server offers: the CDI {@link Tool} beans, plus any registered at run time. */
@ApplicationScoped
public class ToolRegistry {
    private final Map<String, RegisteredTool> byName = new ConcurrentHashMap<>();
    private volatile List<Tool> sorted = List.of();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Inject
    Instance<Tool> beans;

    @PostConstruct
    void collectBeans() {
        beans.forEach(this::register);
    }

    /**
     * Adds a tool; its input schema is compiled here, once. Throws {@link IllegalStateException}
     * when the name is taken or the schema is not a valid JSON Schema.
     */
    public synchronized void register(Tool tool) {
        String name = tool.spec().name();
        if (byName.containsKey(name)) {
            throw new IllegalStateException("Two tools are named " + name + ".");
        }
        ArgumentSchema arguments;
        try {
            arguments = ArgumentSchema.compile(tool.spec().inputSchema());
        } catch (IllegalArgumentException invalid) {
            throw new IllegalStateException("The input schema of the tool " + name + " is not valid: "
                    + invalid.getMessage());
        }
        byName.put(name, new RegisteredTool(tool, arguments));
        List<Tool> next = new ArrayList<>();
        byName.values().forEach(registered -> next.add(registered.tool()));
        next.sort(Comparator.comparing(t -> t.spec().name()));
        sorted = List.copyOf(next);
        listeners.forEach(Runnable::run);
    }

    public Optional<Tool> find(String name) {
        return lookup(name).map(RegisteredTool::tool);
    }

    /** The tool with its compiled input schema. */
    public Optional<RegisteredTool> lookup(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All tools, by name. */
    public List<Tool> all() {
        return sorted;
    }

    /** The tools this caller may use, by name: the same predicate that gates calls. */
    public List<Tool> visibleTo(Caller caller) {
        List<Tool> all = sorted;
        List<Tool> visible = new ArrayList<>(all.size());
        for (Tool tool : all) {
            if (tool.spec().access().permits(caller)) {
                visible.add(tool);
            }
        }
        return visible;
    }

    /** Called after every change to the set of tools (for notifications/tools/list_changed). */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
