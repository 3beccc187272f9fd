package dev.securemcp.auth;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every authentication failure becomes a 401 whose body and WWW-Authenticate header name its kind
 * (RFC 6750 section 3), never the token.
 */
public class AuthFailureMapper {
    private static final Logger LOG = Logger.getLogger(AuthFailureMapper.class);

    @Inject
    ProtectedResource resource;

    @ConfigProperty(name = "mp.jwt.verify.publickey.algorithm", defaultValue = "RS256")
    Set<String> algorithms;

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class,
            AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException failure, HttpHeaders headers) {
        TokenFailure kind = TokenFailureClassifier.classify(headers.getHeaderString(HttpHeaders.AUTHORIZATION),
                algorithms, failure);
        LOG.infof("Rejected credentials: %s", kind.name().toLowerCase(java.util.Locale.ROOT));
        if (LOG.isDebugEnabled() && failure.getCause() != null) {
            LOG.debugf("Rejection detail: %s", rootMessage(failure));
        }
        return unauthorized(kind);
    }

    Response unauthorized(TokenFailure kind) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("error", kind.oauthError())
                .put("error_description", kind.description());
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, resource.unauthorizedChallenge(kind))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body.toString())
                .build();
    }

    /** The innermost cause's message, with anything that looks like a JWT cut out. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replaceAll("[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*", "<token>");
    }
}
