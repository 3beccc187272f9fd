package dev.securemcp.tools.methods;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessDeclarations;
import dev.securemcp.declarations.MethodInvokers;
import dev.securemcp.tools.ArgumentSchema;
import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolSpec;

/**
 * Turns the {@link McpTool} methods of an object into {@link Tool}s: spec, input and output
 * schema, argument binders and method handle, once, at start. A declaration that cannot work
 * throws {@link ToolDeclarationException}.
 */
public final class ToolMethods {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TypeSchemas schemas = new TypeSchemas();
    private final ToolInputs inputs = new ToolInputs(schemas);

    /** The tools of {@code target}, whose class is (or extends, as a CDI client proxy does) {@code declared}. */
    public List<Tool> of(Object target, Class<?> declared) {
        List<Tool> tools = new ArrayList<>();
        for (Method method : methods(declared)) {
            tools.add(tool(target, method));
        }
        return tools;
    }

    /** The tools of a plain object (not a CDI bean): fixtures, benchmarks, tests. */
    public List<Tool> of(Object target) {
        return of(target, target.getClass());
    }

    private static List<Method> methods(Class<?> type) {
        return MethodInvokers.annotated(type, McpTool.class);
    }

    private Tool tool(Object target, Method method) {
        McpTool declared = method.getAnnotation(McpTool.class);
        MethodHandle invoker = MethodInvokers.spreading("tool", target, method);
        boolean async = ResultMapper.isAsync(method.getReturnType());
        Class<?> returned = raw(ResultMapper.unwrapAsync(method.getGenericReturnType()));
        ResultMapper results = ResultMapper.forType(returned);
        if (results == null) {
            throw new ToolDeclarationException(method, "returns " + returned.getName()
                    + ", which is not a result (return a String, a record, a Map, a ToolResult or a Uni of one)");
        }
        ToolInputs.Input input = inputs.of(method, declared);
        ObjectNode output = null;
        if (ResultMapper.isStructured(returned)) {
            output = schema(method, "output", () -> schemas.of(ResultMapper.unwrapAsync(method.getGenericReturnType())));
        }
        String name = declared.name().isEmpty() ? method.getName() : declared.name();
        boolean blocking = !async && !declared.nonBlocking();
        ToolSpec spec = new ToolSpec(name, declared.title().isEmpty() ? null : declared.title(),
                declared.description(), input.schema(), output, hints(method, declared), AccessDeclarations.of(method), blocking);
        try {
            ArgumentSchema.compile(spec.inputSchema());
        } catch (IllegalArgumentException invalid) {
            throw new ToolDeclarationException(method, "has an input schema that is not valid JSON Schema 2020-12: "
                    + invalid.getMessage());
        }
        return new MethodTool(method, spec, input.binders(), invoker, results, async);
    }

    static ObjectNode schema(Method method, String which, java.util.function.Supplier<ObjectNode> make) {
        ObjectNode schema;
        try {
            schema = make.get();
        } catch (RuntimeException unmade) {
            throw new ToolDeclarationException(method, "has no " + which + " schema: " + unmade.getMessage());
        }
        if (!"object".equals(schema.path("type").textValue())) {
            throw new ToolDeclarationException(method, "has an " + which + " schema that is not of type object");
        }
        return schema;
    }

    static ObjectNode resource(Method method, String location) {
        ClassLoader loader = method.getDeclaringClass().getClassLoader();
        try (InputStream in = loader.getResourceAsStream(location)) {
            if (in == null) {
                throw new ToolDeclarationException(method, "names the input schema " + location + ", which is not on the classpath");
            }
            JsonNode read = MethodTool.MAPPER.readTree(in);
            if (!(read instanceof ObjectNode object)) {
                throw new ToolDeclarationException(method, "names the input schema " + location + ", which is not a JSON object");
            }
            return object;
        } catch (IOException unreadable) {
            throw new ToolDeclarationException(method, "names the input schema " + location + ", which is not JSON");
        }
    }

    // "destructiveHint ... (Meaningful only when readOnlyHint == false)"; a hint and its opposite cannot both hold.
    private static ObjectNode hints(Method method, McpTool declared) {
        if (declared.readOnly() && (declared.destructive() || declared.additive())) {
            throw new ToolDeclarationException(method, "is read-only and also declares how it updates (destructive or additive)");
        }
        if (declared.destructive() && declared.additive()) {
            throw new ToolDeclarationException(method, "is declared both destructive and additive");
        }
        if (declared.openWorld() && declared.closedWorld()) {
            throw new ToolDeclarationException(method, "is declared both open-world and closed-world");
        }
        ObjectNode hints = NODES.objectNode();
        if (declared.readOnly()) {
            hints.put("readOnlyHint", true);
        }
        if (declared.destructive() || declared.additive()) {
            hints.put("destructiveHint", declared.destructive());
        }
        if (declared.idempotent()) {
            hints.put("idempotentHint", true);
        }
        if (declared.openWorld() || declared.closedWorld()) {
            hints.put("openWorldHint", declared.openWorld());
        }
        return hints.isEmpty() ? null : hints;
    }

    static Class<?> raw(java.lang.reflect.Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof java.lang.reflect.ParameterizedType generic) {
            return (Class<?>) generic.getRawType();
        }
        return Object.class;
    }
}
