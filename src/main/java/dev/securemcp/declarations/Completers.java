package dev.securemcp.declarations;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.securemcp.prompts.McpCompletion;

/**
 * The {@link McpCompletion} methods of one class, by the prompt or URI template and the argument
 * they complete, made once at start. Each must be claimed by a declaration of the same class:
 * {@link #requireAllClaimed()} refuses one that names nothing there.
 */
public final class Completers {
    private static final String KIND = "completion";

    /** Suggestions for the text typed so far, given the arguments already chosen. */
    @FunctionalInterface
    public interface Completer {
        List<String> complete(String prefix, Map<String, String> context);
    }

    private record Target(boolean prompt, String name) {
    }

    private record Found(Method method, Completer completer) {
    }

    private final Map<Target, Map<String, Found>> byTarget = new HashMap<>();
    private final Set<Method> claimed = new HashSet<>();

    private Completers() {
    }

    public static Completers of(Object target, Class<?> declared) {
        Completers completers = new Completers();
        for (Method method : MethodInvokers.annotated(declared, McpCompletion.class)) {
            McpCompletion annotation = method.getAnnotation(McpCompletion.class);
            if (annotation.prompt().isEmpty() == annotation.uriTemplate().isEmpty()) {
                throw new DeclarationException(KIND, method, "must name exactly one of a prompt and a URI template");
            }
            Target completed = annotation.prompt().isEmpty() ? new Target(false, annotation.uriTemplate())
                    : new Target(true, annotation.prompt());
            Found previous = completers.byTarget.computeIfAbsent(completed, key -> new HashMap<>())
                    .put(annotation.argument(), new Found(method, completer(target, method)));
            if (previous != null) {
                throw new DeclarationException(KIND, method, "completes " + annotation.argument() + " of "
                        + completed.name() + ", which " + DeclarationException.name(previous.method()) + " completes too");
            }
        }
        return completers;
    }

    /** The completers of a prompt's arguments, each checked against the arguments it has. */
    public Map<String, Completer> forPrompt(String name, List<String> arguments) {
        return claim(new Target(true, name), arguments, "argument");
    }

    /** The completers of a template's variables, each checked against the variables it has. */
    public Map<String, Completer> forTemplate(String uriTemplate, List<String> variables) {
        return claim(new Target(false, uriTemplate), variables, "variable");
    }

    /** Refuses a completion method that named a prompt or template this class does not declare. */
    public void requireAllClaimed() {
        for (Map<String, Found> completers : byTarget.values()) {
            for (Found found : completers.values()) {
                if (!claimed.contains(found.method())) {
                    McpCompletion annotation = found.method().getAnnotation(McpCompletion.class);
                    String what = annotation.prompt().isEmpty() ? "the resource template " + annotation.uriTemplate()
                            : "the prompt " + annotation.prompt();
                    throw new DeclarationException(KIND, found.method(), "names " + what + ", which its class does not declare");
                }
            }
        }
    }

    private Map<String, Completer> claim(Target target, List<String> names, String what) {
        Map<String, Found> found = byTarget.getOrDefault(target, Map.of());
        Map<String, Completer> completers = new HashMap<>();
        for (Map.Entry<String, Found> entry : found.entrySet()) {
            if (!names.contains(entry.getKey())) {
                throw new DeclarationException(KIND, entry.getValue().method(), "completes " + entry.getKey()
                        + ", which is not " + (what.equals("argument") ? "an argument" : "a variable") + " of " + target.name());
            }
            claimed.add(entry.getValue().method());
            completers.put(entry.getKey(), entry.getValue().completer());
        }
        return Map.copyOf(completers);
    }

    private static Completer completer(Object target, Method method) {
        Type[] parameters = method.getGenericParameterTypes();
        boolean withContext = parameters.length == 2 && isStringMap(parameters[1]);
        if (parameters.length == 0 || parameters[0] != String.class || (parameters.length == 2 && !withContext)
                || parameters.length > 2) {
            throw new DeclarationException(KIND, method, "must take the typed text (a String) and, optionally, "
                    + "the chosen arguments (a Map<String, String>)");
        }
        if (!(method.getGenericReturnType() instanceof ParameterizedType list) || list.getRawType() != List.class
                || list.getActualTypeArguments()[0] != String.class) {
            throw new DeclarationException(KIND, method, "must return the suggestions as a List<String>");
        }
        MethodHandle handle = MethodInvokers.spreading(KIND, target, method);
        return (prefix, context) -> {
            Object[] values = withContext ? new Object[] { prefix, context } : new Object[] { prefix };
            Object suggested = MethodInvokers.call(KIND, method, handle, values);
            @SuppressWarnings("unchecked")
            List<String> suggestions = suggested == null ? List.of() : (List<String>) suggested;
            return suggestions;
        };
    }

    private static boolean isStringMap(Type type) {
        return type instanceof ParameterizedType map && map.getRawType() == Map.class
                && map.getActualTypeArguments()[0] == String.class && map.getActualTypeArguments()[1] == String.class;
    }
}
