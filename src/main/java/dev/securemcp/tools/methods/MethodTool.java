package dev.securemcp.tools.methods;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.tools.AsyncTool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolException;
import dev.securemcp.tools.ToolResult;
import dev.securemcp.tools.ToolSpec;
import io.smallrye.mutiny.Uni;

/**
 * A {@link McpTool}-annotated method as a {@link dev.securemcp.tools.Tool}: binders, a method
 * handle bound to the bean and the result mapper, all made at start.
 */
final class MethodTool implements AsyncTool {
    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private final ToolSpec spec;
    private final ArgumentBinder[] binders;
    private final MethodHandle invoker;
    private final ResultMapper results;
    private final boolean async;
    private final Method method;

    /** {@code invoker} takes an {@code Object[]} of the parameters and returns an {@code Object}. */
    MethodTool(Method method, ToolSpec spec, ArgumentBinder[] binders, MethodHandle invoker, ResultMapper results,
            boolean async) {
        this.method = method;
        this.spec = spec;
        this.binders = binders;
        this.invoker = invoker;
        this.results = results;
        this.async = async;
    }

    /** A start-up failure naming this tool's method. */
    ToolDeclarationException declarationProblem(String problem) {
        return new ToolDeclarationException(method, problem);
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public ToolResult call(ObjectNode arguments, ToolContext context) throws ToolException {
        if (async) {
            return callAsync(arguments, context).await().indefinitely();
        }
        return results.map(returned(invoke(arguments, context)));
    }

    @Override
    public boolean answersLater() {
        return async;
    }

    @Override
    public Uni<ToolResult> callAsync(ObjectNode arguments, ToolContext context) {
        if (!async) {
            return Uni.createFrom().deferred(() -> {
                try {
                    return Uni.createFrom().item(call(arguments, context));
                } catch (ToolException failure) {
                    return Uni.createFrom().failure(failure);
                }
            });
        }
        Object pending;
        try {
            pending = returned(invoke(arguments, context));
        } catch (ToolException failure) {
            return Uni.createFrom().failure(failure);
        }
        Uni<?> later = pending instanceof Uni<?> uni ? uni
                : Uni.createFrom().completionStage((CompletionStage<?>) pending);
        return later.map(value -> results.map(returned(value)));
    }

    private Object invoke(ObjectNode arguments, ToolContext context) throws ToolException {
        Object[] values = new Object[binders.length];
        for (int i = 0; i < binders.length; i++) {
            values[i] = binders[i].bind(arguments, context);
        }
        try {
            return (Object) invoker.invokeExact(values);
        } catch (ToolException | RuntimeException | Error thrown) {
            throw thrown;
        } catch (Throwable checked) {
            throw new IllegalStateException("The tool " + spec.name() + " threw a checked exception.", checked);
        }
    }

    private Object returned(Object value) {
        if (value == null && results != ResultMapper.EMPTY) {
            throw new IllegalStateException("The tool " + spec.name() + " returned null.");
        }
        return value;
    }
}
