package dev.securemcp.prompts.methods;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.securemcp.access.AccessDeclarations;
import dev.securemcp.access.Caller;
import dev.securemcp.content.Content;
import dev.securemcp.declarations.Completers;
import dev.securemcp.declarations.DeclarationException;
import dev.securemcp.declarations.MethodInvokers;
import dev.securemcp.declarations.StringParameters;
import dev.securemcp.prompts.McpPrompt;
import dev.securemcp.prompts.Prompt;
import dev.securemcp.prompts.PromptArgument;
import dev.securemcp.prompts.PromptResult;
import dev.securemcp.prompts.PromptSpec;
import dev.securemcp.protocol.ClientAsker;
import dev.securemcp.protocol.ClientRequestException;

/** Turns {@link McpPrompt} methods into prompts, once, at start. */
public final class PromptMethods {
    private static final String KIND = "prompt";

    private PromptMethods() {
    }

    /** The prompts of {@code target}, each with the completers of its arguments. */
    public static List<Prompt> of(Object target, Class<?> declared, Completers completers) {
        List<Prompt> found = new ArrayList<>();
        for (Method method : MethodInvokers.annotated(declared, McpPrompt.class)) {
            found.add(prompt(target, method, completers));
        }
        return found;
    }

    private static Prompt prompt(Object target, Method method, Completers completers) {
        McpPrompt annotation = method.getAnnotation(McpPrompt.class);
        StringParameters parameters = StringParameters.of(KIND, method);
        List<PromptArgument> arguments = parameters.named().stream()
                .map(named -> new PromptArgument(named.name(), named.description(), named.required())).toList();
        PromptSpec spec = new PromptSpec(annotation.name().isEmpty() ? method.getName() : annotation.name(),
                annotation.title().isEmpty() ? null : annotation.title(), annotation.description(), arguments,
                AccessDeclarations.of(method));
        boolean text = method.getReturnType() == String.class;
        if (!text && method.getReturnType() != PromptResult.class) {
            throw new DeclarationException(KIND, method, "returns " + method.getReturnType().getName()
                    + ", which is not a prompt (return a PromptResult or a String)");
        }
        Map<String, Completers.Completer> completing = completers.forPrompt(spec.name(),
                arguments.stream().map(PromptArgument::name).toList());
        MethodHandle handle = MethodInvokers.spreading(KIND, target, method);
        return new Prompt() {
            @Override
            public PromptSpec spec() {
                return spec;
            }

            @Override
            public PromptResult get(Map<String, String> values, Caller caller) {
                try {
                    return get(values, caller, ClientAsker.UNAVAILABLE);
                } catch (ClientRequestException unanswerable) {
                    throw new IllegalStateException("The prompt " + spec.name() + " needs to ask the client.", unanswerable);
                }
            }

            @Override
            public PromptResult get(Map<String, String> values, Caller caller, ClientAsker asker) throws ClientRequestException {
                Object value = MethodInvokers.call(KIND, method, handle, parameters.values(values, caller, asker),
                        ClientRequestException.class);
                return text ? PromptResult.user(Content.text((String) value)) : (PromptResult) value;
            }

            @Override
            public List<String> complete(String argument, String prefix, Map<String, String> context) {
                Completers.Completer completer = completing.get(argument);
                return completer == null ? List.of() : completer.complete(prefix, context);
            }
        };
    }
}
