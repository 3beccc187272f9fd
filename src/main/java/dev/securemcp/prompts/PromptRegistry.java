package dev.securemcp.prompts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.securemcp.access.Caller;

/** Every prompt the server offers: the CDI {@link Prompt} beans, plus any registered at run time. */
@ApplicationScoped
public class PromptRegistry {
    private final Map<String, Prompt> byName = new ConcurrentHashMap<>();

    @Inject
    Instance<Prompt> beans;

    @PostConstruct
    void collectBeans() {
        beans.forEach(this::register);
    }

    public void register(Prompt prompt) {
        if (byName.putIfAbsent(prompt.spec().name(), prompt) != null) {
            throw new IllegalStateException("Two prompts are named " + prompt.spec().name() + ".");
        }
    }

    public Optional<Prompt> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The prompts this caller may get, by name: the same predicate that gates prompts/get. */
    public List<Prompt> visibleTo(Caller caller) {
        List<Prompt> visible = new ArrayList<>();
        for (Prompt prompt : byName.values()) {
            if (prompt.spec().access().permits(caller)) {
                visible.add(prompt);
            }
        }
        visible.sort(Comparator.comparing(p -> p.spec().name()));
        return visible;
    }
}
