package dev.securemcp.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may use an annotated tool, resource or prompt: on the method, or on the class for all its
 * methods (the method's own wins). It becomes the {@link AccessRequirement} that filters the lists
 * and answers a call without it with 403 and a step-up challenge. Without it any valid token will do.
 * Roles are the {@link Caller}'s, from {@code mcp.auth.roles-claims}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {

    /** Scopes the token must carry, all of them. */
    String[] scopes() default {};

    /** Roles of which the caller needs one. */
    String[] roles() default {};

    /** {@code ALL}: the scopes and one of the roles; {@code ANY}: the scopes, or else one of the roles. */
    AccessRequirement.Mode mode() default AccessRequirement.Mode.ALL;
}
