package dev.securemcp.access;

import java.lang.reflect.Method;
import java.util.Set;

/** Reads {@link Access} from a method or its class, once, at start. */
public final class AccessDeclarations {

    private AccessDeclarations() {
    }

    public static AccessRequirement of(Method method) {
        Access declared = method.getAnnotation(Access.class);
        if (declared == null) {
            declared = method.getDeclaringClass().getAnnotation(Access.class);
        }
        if (declared == null) {
            return AccessRequirement.ANY_CALLER;
        }
        return new AccessRequirement(Set.of(declared.scopes()), Set.of(declared.roles()), declared.mode());
    }
}
