package dev.securemcp.declarations;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import io.quarkus.security.Authenticated;

/** Annotated methods found once at start, and handles to call them without reflection per call. */
public final class MethodInvokers {

    private MethodInvokers() {
    }

    /** The methods of the class and its superclasses carrying {@code annotation}. */
    public static List<Method> annotated(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(annotation) && !method.isBridge() && !method.isSynthetic()) {
                    found.add(method);
                }
            }
        }
        return found;
    }

    /**
     * A handle on {@code target}'s method that takes an {@code Object[]} of the parameters and
     * returns an {@code Object}. A private or static method is refused: a CDI client proxy forwards
     * only what it can override.
     */
    public static MethodHandle spreading(String kind, Object target, Method method) {
        if (Modifier.isPrivate(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
            throw new DeclarationException(kind, method, "must be neither private nor static");
        }
        refuseStandardSecurity(kind, method);
        try {
            method.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflect(method).bindTo(target);
            return handle.asSpreader(Object[].class, method.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException | RuntimeException inaccessible) {
            throw new DeclarationException(kind, method, "cannot be called: " + inaccessible.getMessage());
        }
    }

    // Quarkus would enforce these through the bean's proxy by SecurityIdentity roles (the groups claim
    // only), after the MCP access check and with a different answer: one rule, @Access, decides.
    private static final List<Class<? extends Annotation>> STANDARD_SECURITY = List.of(RolesAllowed.class,
            PermitAll.class, DenyAll.class, Authenticated.class);

    private static void refuseStandardSecurity(String kind, Method method) {
        for (Class<? extends Annotation> annotation : STANDARD_SECURITY) {
            if (method.isAnnotationPresent(annotation) || method.getDeclaringClass().isAnnotationPresent(annotation)) {
                throw new DeclarationException(kind, method, "is secured with @" + annotation.getSimpleName()
                        + ", which MCP methods do not use: declare @Access(scopes = ..., roles = ...) instead "
                        + "(roles from mcp.auth.roles-claims; no @Access means any valid token)");
            }
        }
    }

    /** Calls the handle; a checked exception becomes an unchecked one naming the method. */
    public static Object call(String kind, Method method, MethodHandle handle, Object[] values) {
        return call(kind, method, handle, values, RuntimeException.class);
    }

    /** Calls the handle; a checked exception other than {@code allowed} becomes an unchecked one naming the method. */
    public static <X extends Exception> Object call(String kind, Method method, MethodHandle handle, Object[] values,
            Class<X> allowed) throws X {
        try {
            return (Object) handle.invokeExact(values);
        } catch (RuntimeException | Error unchecked) {
            throw unchecked;
        } catch (Throwable checked) {
            if (allowed.isInstance(checked)) {
                throw allowed.cast(checked);
            }
            throw new IllegalStateException("The " + kind + " method " + DeclarationException.name(method) + " failed.", checked);
        }
    }
}
