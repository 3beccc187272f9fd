package dev.securemcp.declarations;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.securemcp.access.Caller;
import dev.securemcp.protocol.ClientAsker;
import dev.securemcp.tools.McpArg;

/**
 * The parameters of a resource-template or prompt method: named strings (URI template variables,
 * prompt arguments), {@code Optional<String>} for those that may be missing, the {@link Caller}
 * and, for a prompt, the {@link ClientAsker}. Read once at start.
 */
public final class StringParameters {

    /** One named string parameter. */
    public record Named(String name, String description, boolean required) {
    }

    private final String[] names;
    private final boolean[] optional;
    private final boolean[] asker;
    private final List<Named> named;

    private StringParameters(String[] names, boolean[] optional, boolean[] asker, List<Named> named) {
        this.names = names;
        this.optional = optional;
        this.asker = asker;
        this.named = named;
    }

    public static StringParameters of(String kind, Method method) {
        Parameter[] parameters = method.getParameters();
        String[] names = new String[parameters.length];
        boolean[] optional = new boolean[parameters.length];
        boolean[] asker = new boolean[parameters.length];
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            if (parameter.getType() == Caller.class) {
                continue;
            }
            if (parameter.getType() == ClientAsker.class) {
                asker[i] = true;
                continue;
            }
            optional[i] = parameter.getType() == Optional.class && parameter.getParameterizedType()
                    instanceof ParameterizedType generic && generic.getActualTypeArguments()[0] == String.class;
            if (parameter.getType() != String.class && !optional[i]) {
                throw new DeclarationException(kind, method, "has the parameter " + parameter.getName()
                        + ", which is neither a String, an Optional<String>, the Caller nor the ClientAsker");
            }
            McpArg arg = parameter.getAnnotation(McpArg.class);
            if (arg != null && !arg.name().isEmpty()) {
                names[i] = arg.name();
            } else if (parameter.isNamePresent()) {
                names[i] = parameter.getName();
            } else {
                throw new DeclarationException(kind, method, "has unnamed parameters: compile with -parameters");
            }
            named.add(new Named(names[i], arg == null || arg.value().isEmpty() ? null : arg.value(),
                    !optional[i] && (arg == null || arg.required())));
        }
        return new StringParameters(names, optional, asker, List.copyOf(named));
    }

    public List<Named> named() {
        return named;
    }

    /** Whether the method takes a {@link ClientAsker}. */
    public boolean asksTheClient() {
        for (boolean taken : asker) {
            if (taken) {
                return true;
            }
        }
        return false;
    }

    /** The values to call the method with. */
    public Object[] values(Map<String, String> arguments, Caller caller, ClientAsker clientAsker) {
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            if (asker[i]) {
                values[i] = clientAsker;
            } else if (names[i] == null) {
                values[i] = caller;
            } else {
                String value = arguments.get(names[i]);
                values[i] = optional[i] ? Optional.ofNullable(value) : value;
            }
        }
        return values;
    }
}
