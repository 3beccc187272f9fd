package dev.securemcp.transport;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The last line of error mapping at the HTTP level: a JAX-RS status (404, 405, 415, ...) keeps its
 * status and headers with a short JSON body; anything unexpected becomes a 500 whose details go only
 * to the server log. No stack trace or class name ever reaches the client.
 */
public class HttpFailureMapper {
    private static final Logger LOG = Logger.getLogger(HttpFailureMapper.class);

    @ServerExceptionMapper
    public Response status(WebApplicationException failure) {
        Response original = failure.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder answer = Response.fromResponse(original)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(HttpErrors.oauthBody(status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '_'),
                        status.getReasonPhrase() + "."));
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure) {
        String requestId = RequestIds.current();
        LOG.errorf(failure, "Unexpected failure (request id %s)", requestId);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(HttpErrors.oauthBody("internal_error", "Internal error (request id " + requestId + ")."))
                .build();
    }
}
