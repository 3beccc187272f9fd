package dev.securemcp.resources.methods;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import dev.securemcp.access.AccessDeclarations;
import dev.securemcp.access.Caller;
import dev.securemcp.content.ResourceContents;
import dev.securemcp.protocol.ClientAsker;
import dev.securemcp.declarations.Completers;
import dev.securemcp.declarations.DeclarationException;
import dev.securemcp.declarations.MethodInvokers;
import dev.securemcp.declarations.StringParameters;
import dev.securemcp.resources.McpResource;
import dev.securemcp.resources.McpResourceTemplate;
import dev.securemcp.resources.Resource;
import dev.securemcp.resources.ResourceSpec;
import dev.securemcp.resources.ResourceTemplate;
import dev.securemcp.resources.ResourceTemplateSpec;
import dev.securemcp.resources.UriTemplate;

/** Turns {@link McpResource} and {@link McpResourceTemplate} methods into resources and templates, once, at start. */
public final class ResourceMethods {
    private static final String KIND = "resource";

    private ResourceMethods() {
    }

    public static List<Resource> resources(Object target, Class<?> declared) {
        List<Resource> found = new ArrayList<>();
        for (Method method : MethodInvokers.annotated(declared, McpResource.class)) {
            McpResource annotation = method.getAnnotation(McpResource.class);
            ResourceSpec spec = new ResourceSpec(annotation.uri(), name(annotation.name(), method),
                    blank(annotation.title()), blank(annotation.description()), annotation.mimeType(),
                    AccessDeclarations.of(method));
            StringParameters parameters = parameters(KIND, method);
            if (!parameters.named().isEmpty()) {
                throw new DeclarationException(KIND, method, "has a fixed URI, so it takes no parameter but the Caller");
            }
            BiFunction<String, Object[], List<ResourceContents>> read = reader(target, method, annotation.mimeType());
            found.add(new Resource() {
                @Override
                public ResourceSpec spec() {
                    return spec;
                }

                @Override
                public List<ResourceContents> read(Caller caller) {
                    return read.apply(spec.uri(), parameters.values(Map.of(), caller, ClientAsker.UNAVAILABLE));
                }
            });
        }
        return found;
    }

    /** The templates of {@code target}, each with the completers of its variables. */
    public static List<ResourceTemplate> templates(Object target, Class<?> declared, Completers completers) {
        List<ResourceTemplate> found = new ArrayList<>();
        for (Method method : MethodInvokers.annotated(declared, McpResourceTemplate.class)) {
            McpResourceTemplate annotation = method.getAnnotation(McpResourceTemplate.class);
            ResourceTemplateSpec spec = new ResourceTemplateSpec(annotation.uriTemplate(), name(annotation.name(), method),
                    blank(annotation.title()), blank(annotation.description()), annotation.mimeType(),
                    AccessDeclarations.of(method));
            StringParameters parameters = parameters("resource template", method);
            List<String> variables = new UriTemplate(annotation.uriTemplate()).variables();
            Map<String, Completers.Completer> completing = completers.forTemplate(annotation.uriTemplate(), variables);
            for (StringParameters.Named parameter : parameters.named()) {
                if (!variables.contains(parameter.name())) {
                    throw new DeclarationException("resource template", method, "has the parameter " + parameter.name()
                            + ", which is not a variable of " + annotation.uriTemplate());
                }
            }
            BiFunction<String, Object[], List<ResourceContents>> read = reader(target, method, annotation.mimeType());
            found.add(new ResourceTemplate() {
                @Override
                public ResourceTemplateSpec spec() {
                    return spec;
                }

                @Override
                public List<ResourceContents> read(String uri, Map<String, String> values, Caller caller) {
                    return read.apply(uri, parameters.values(values, caller, ClientAsker.UNAVAILABLE));
                }

                @Override
                public List<String> complete(String variable, String prefix) {
                    Completers.Completer completer = completing.get(variable);
                    return completer == null ? List.of() : completer.complete(prefix, Map.of());
                }
            });
        }
        return found;
    }

    private static StringParameters parameters(String kind, Method method) {
        StringParameters parameters = StringParameters.of(kind, method);
        if (parameters.asksTheClient()) {
            throw new DeclarationException(kind, method, "takes a ClientAsker, but reading a resource cannot ask the client");
        }
        return parameters;
    }

    /** Calls the method and makes contents of what it returns: a String, a ResourceContents or a list of them. */
    private static BiFunction<String, Object[], List<ResourceContents>> reader(Object target, Method method, String mimeType) {
        MethodHandle handle = MethodInvokers.spreading(KIND, target, method);
        Type returned = method.getGenericReturnType();
        boolean text = returned == String.class;
        boolean single = returned == ResourceContents.class;
        boolean list = returned instanceof ParameterizedType generic && generic.getRawType() == List.class
                && generic.getActualTypeArguments()[0] == ResourceContents.class;
        if (!text && !single && !list) {
            throw new DeclarationException(KIND, method, "returns " + returned.getTypeName()
                    + ", which is not contents (return a String, a ResourceContents or a List of them)");
        }
        return (uri, values) -> {
            Object value = MethodInvokers.call(KIND, method, handle, values);
            if (text) {
                return List.of(ResourceContents.text(uri, mimeType, (String) value));
            }
            if (single) {
                return List.of((ResourceContents) value);
            }
            @SuppressWarnings("unchecked")
            List<ResourceContents> contents = (List<ResourceContents>) value;
            return contents;
        };
    }

    private static String name(String declared, Method method) {
        return declared.isEmpty() ? method.getName() : declared;
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
