package dev.securemcp.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.securemcp.access.AccessRequirement;

/**
 * The one shape of a refusal on the wire (RFC 6750 section 3): the 401 with its WWW-Authenticate
 * challenge and JSON body, the challenge of a 403 for missing scopes, and the OAuth error body every
 * refusal outside JSON-RPC carries. Which refusal it is was decided before ({@link
 * TokenFailureClassifier}, {@link AccessRequirement}); this class only words it.
 */
@ApplicationScoped
public class BearerRefusals {

    @Inject
    ProtectedResource resource;

    /** The 401 of a refused credential: its kind in the body and in the challenge, never the token. */
    public Response unauthorized(Refusal refusal) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, unauthorizedChallenge(refusal))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(errorBody(refusal.kind().oauthError(), refusal.description()))
                .build();
    }

    /**
     * The WWW-Authenticate value of a 401. "If the request lacks any authentication information
     * (e.g., the client was unaware that authentication is necessary or attempted using an
     * unsupported authentication method), the resource server SHOULD NOT include an error code or
     * other error information."
     */
    String unauthorizedChallenge(Refusal refusal) {
        StringBuilder value = new StringBuilder("Bearer resource_metadata=\"").append(resource.metadataUrl()).append('"');
        if (refusal.kind().tokenPresented()) {
            value.append(", error=\"").append(refusal.kind().oauthError()).append('"')
                    .append(", error_description=\"").append(quotable(refusal.description())).append('"');
        }
        return value.toString();
    }

    /** The WWW-Authenticate value of a 403 for missing scopes: the client may step up. */
    public String insufficientScopeChallenge(AccessRequirement needed) {
        return "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", needed.scopes())
                + "\", resource_metadata=\"" + resource.metadataUrl() + "\", error_description=\"The token lacks a "
                + "scope or role this needs.\"";
    }

    /** The body of a refusal outside JSON-RPC (RFC 6749 section 5.2): an error code and one sentence. */
    public static String errorBody(String error, String description) {
        return JsonNodeFactory.instance.objectNode().put("error", error).put("error_description", description).toString();
    }

    /** RFC 9110 section 5.6.4: inside a quoted-string, a quote or backslash is escaped with a backslash. */
    private static String quotable(String text) {
        return text.indexOf('"') < 0 && text.indexOf('\\') < 0 ? text : text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
