package dev.securemcp.access;

/**
 * The caller's token is valid but lacks what the requested thing needs: answered with HTTP 403 and
 * a step-up challenge naming {@link #requirement()}.
 */
public class AccessDeniedException extends RuntimeException {
    private final AccessRequirement requirement;

    public AccessDeniedException(String what, AccessRequirement requirement) {
        super(what, null, false, false);
        this.requirement = requirement;
    }

    public AccessRequirement requirement() {
        return requirement;
    }
}
