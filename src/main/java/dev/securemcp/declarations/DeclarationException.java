package dev.securemcp.declarations;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An annotated tool, resource or prompt method declared so that it cannot work: stops the server
 * at start, in one sentence naming the method.
 */
public class DeclarationException extends RuntimeException {

    public DeclarationException(String kind, Method method, String problem) {
        // One line: a library's reason (a regular expression's, say) may span several.
        super("The " + kind + " method " + name(method) + " " + problem.replaceAll("\\s*\\R\\s*", " ") + ".", null,
                false, false);
    }

    /** {@code Greeting.greet(String)}: what a developer looks for in their code. */
    public static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }
}
