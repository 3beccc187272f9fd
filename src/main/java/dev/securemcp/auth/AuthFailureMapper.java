package dev.securemcp.auth;


import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.securemcp.audit.Audit;
import dev.securemcp.audit.AuditEvent;
import dev.securemcp.ops.McpMetrics;
import dev.securemcp.ops.RequestId;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every authentication failure becomes a 401 whose body and WWW-Authenticate header name its kind
 * (RFC 6750 section 3), never the token: classified by {@link TokenFailureClassifier}, logged,
 * counted and audited here, worded by {@link BearerRefusals}.
 */
public class AuthFailureMapper {
    private static final Logger LOG = Logger.getLogger(AuthFailureMapper.class);

    @Inject
    BearerRefusals refusals;

    @Inject
    Audit audit;

    @Inject
    TokenVerifier verifier;

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class,
            AuthenticationCompletionException.class })
    public Uni<Response> unauthorized(RuntimeException failure, HttpHeaders headers, HttpServerRequest request) {
        Refusal refusal = TokenFailureClassifier.classify(headers.getRequestHeader(HttpHeaders.AUTHORIZATION),
                verifier.maxTokenLength(), JwkChoice.ALGORITHMS, failure);
        TokenFailure kind = refusal.kind();
        String requestId = RequestId.current();
        String outcome = kind.name().toLowerCase(java.util.Locale.ROOT);
        LOG.infof("Rejected credentials: req=%s %s", requestId, outcome);
        McpMetrics.authFailure(kind.name());
        if (LOG.isDebugEnabled() && failure.getCause() != null) {
            LOG.debugf("Rejection detail: %s", rootMessage(failure));
        }
        String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return audit.record(AuditEvent.authFailure(requestId, request.method().name(), outcome, address)).map(written -> refusals.unauthorized(refusal));
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
