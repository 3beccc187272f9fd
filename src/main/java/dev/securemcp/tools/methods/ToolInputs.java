package dev.securemcp.tools.methods;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.SchemaBuilder;

import dev.securemcp.access.Caller;
import dev.securemcp.tools.McpArg;
import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.ToolContext;

/**
 * A tool method's parameters as an input schema and the binders that fill them: each parameter
 * one property (named, described, constrained, defaulted); or one record parameter that is the
 * whole argument object; or, with {@link McpTool#inputSchema()}, the raw arguments.
 */
final class ToolInputs {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<Class<?>, Object> ZEROS = Map.of(int.class, 0, long.class, 0L, double.class, 0.0,
            float.class, 0f, boolean.class, false, short.class, (short) 0, byte.class, (byte) 0, char.class, '\0');

    record Input(ObjectNode schema, ArgumentBinder[] binders) {
    }

    private final TypeSchemas schemas;

    ToolInputs(TypeSchemas schemas) {
        this.schemas = schemas;
    }

    Input of(Method method, McpTool declared) {
        Parameter[] parameters = method.getParameters();
        ArgumentBinder[] binders = new ArgumentBinder[parameters.length];
        List<Integer> arguments = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            if (type == ToolContext.class) {
                binders[i] = ArgumentBinder.CONTEXT;
            } else if (type == Caller.class) {
                binders[i] = ArgumentBinder.CALLER;
            } else {
                arguments.add(i);
            }
        }
        if (!declared.inputSchema().isEmpty()) {
            return raw(method, declared.inputSchema(), parameters, arguments, binders);
        }
        if (arguments.size() == 1 && parameters[arguments.get(0)].getType().isRecord()
                && !parameters[arguments.get(0)].isAnnotationPresent(McpArg.class)) {
            Parameter whole = parameters[arguments.get(0)];
            supported(method, whole, whole.getParameterizedType());
            binders[arguments.get(0)] = ArgumentBinder.whole(MethodTool.MAPPER.readerFor(
                    MethodTool.MAPPER.constructType(whole.getParameterizedType())));
            return new Input(ToolMethods.schema(method, "input", () -> schemas.of(whole.getParameterizedType())), binders);
        }
        return new Input(properties(method, parameters, arguments, binders), binders);
    }

    private static Input raw(Method method, String location, Parameter[] parameters, List<Integer> arguments,
            ArgumentBinder[] binders) {
        if (arguments.size() != 1 || !parameters[arguments.get(0)].getType().isAssignableFrom(ObjectNode.class)) {
            throw new ToolDeclarationException(method, "names an input schema, so it takes the arguments as one "
                    + "ObjectNode parameter");
        }
        binders[arguments.get(0)] = ArgumentBinder.ALL_ARGUMENTS;
        ObjectNode schema = ToolMethods.resource(method, location);
        return new Input(ToolMethods.schema(method, "input", () -> schema), binders);
    }

    private ObjectNode properties(Method method, Parameter[] parameters, List<Integer> arguments,
            ArgumentBinder[] binders) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        SchemaBuilder shared = schemas.shared();
        List<ObjectNode> made = new ArrayList<>();
        for (int index : arguments) {
            Parameter parameter = parameters[index];
            Type valueType = optionalValue(parameter.getParameterizedType());
            supported(method, parameter, valueType);
            String name = name(method, parameter);
            if (properties.has(name)) {
                throw new ToolDeclarationException(method, "has two arguments named " + name);
            }
            try {
                ObjectNode property = shared.createSchemaReference(valueType);
                properties.set(name, property);
                made.add(property);
            } catch (RuntimeException unmade) {
                throw new ToolDeclarationException(method, "has no schema for the argument " + name + ": "
                        + unmade.getMessage());
            }
        }
        ObjectNode definitions = shared.collectDefinitions("$defs");
        List<String> required = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            Parameter parameter = parameters[arguments.get(i)];
            binders[arguments.get(i)] = describe(method, parameter, made.get(i), required);
        }
        if (!required.isEmpty()) {
            required.forEach(schema.putArray("required")::add);
        }
        if (!definitions.isEmpty()) {
            schema.set("$defs", definitions);
        }
        return schema;
    }

    /** Adds the description, constraints and default to the property; returns its binder. */
    private static ArgumentBinder describe(Method method, Parameter parameter, ObjectNode property, List<String> required) {
        McpArg arg = parameter.getAnnotation(McpArg.class);
        String name = name(method, parameter);
        boolean optional = parameter.getType() == Optional.class;
        Type valueType = optionalValue(parameter.getParameterizedType());
        Class<?> raw = ToolMethods.raw(valueType);
        if (arg != null && !arg.value().isEmpty()) {
            property.put("description", arg.value());
        }
        try {
            Constraints.apply(property, parameter, raw);
        } catch (RuntimeException wrong) {
            throw new ToolDeclarationException(method, "has a constraint on " + name + " that is not valid: "
                    + wrong.getMessage());
        }
        JsonNode defaultValue = null;
        if (arg != null && !arg.defaultValue().isEmpty()) {
            try {
                defaultValue = TypeSchemas.Defaults.parse(arg.defaultValue());
            } catch (IllegalArgumentException notJson) {
                throw new ToolDeclarationException(method, "gives " + name + " a default that is not JSON");
            }
            property.set("default", defaultValue);
        }
        if (!optional && defaultValue == null && (arg == null || arg.required())) {
            required.add(name);
        }
        ArgumentBinder.Converter convert = ArgumentBinder.Converter.forType(raw,
                MethodTool.MAPPER.readerFor(MethodTool.MAPPER.constructType(valueType)));
        return ArgumentBinder.named(name, convert, defaultValue, optional, ZEROS.get(raw));
    }

    private static String name(Method method, Parameter parameter) {
        McpArg arg = parameter.getAnnotation(McpArg.class);
        if (arg != null && !arg.name().isEmpty()) {
            return arg.name();
        }
        if (!parameter.isNamePresent()) {
            throw new ToolDeclarationException(method, "has unnamed parameters: compile with -parameters or name "
                    + "each with @McpArg(name = ...)");
        }
        return parameter.getName();
    }

    private static void supported(Method method, Parameter parameter, Type type) {
        ArgumentTypes.unsupported(type).ifPresent(part -> {
            throw new ToolDeclarationException(method, "has the parameter " + parameter.getName() + " of type " + part
                    + ", which is not a JSON type (use a string, number, boolean, enum, list, map, Optional or record)");
        });
    }

    private static Type optionalValue(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == Optional.class) {
            return generic.getActualTypeArguments()[0];
        }
        return type;
    }
}
