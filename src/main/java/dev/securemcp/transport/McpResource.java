package dev.securemcp.transport;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.securemcp.access.Caller;
import dev.securemcp.auth.CallerFactory;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;

/**
 * The MCP endpoint (Streamable HTTP). Every request is authenticated by smallrye-jwt before a
 * method here runs; the request-scoped {@link JsonWebToken} then names the caller.
 */
@Path("/mcp")
@Authenticated
public class McpResource {

    @Inject
    JsonWebToken token;

    @Inject
    CallerFactory callers;

    @Inject
    StreamableHttp transport;

    @Inject
    SubjectRateLimit rateLimit;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> post(byte[] body, @Context HttpHeaders headers, @Context HttpServerResponse response) {
        Caller caller = callers.from(token);
        return rateLimit.admit(caller, "POST", () -> transport.post(Incoming.of(caller, headers), body, response));
    }

    @GET
    public Uni<Response> get(@Context HttpHeaders headers, @Context HttpServerResponse response) {
        Caller caller = callers.from(token);
        return rateLimit.admit(caller, "GET", () -> transport.openStream(Incoming.of(caller, headers), response));
    }

    @DELETE
    public Uni<Response> delete(@Context HttpHeaders headers) {
        Caller caller = callers.from(token);
        return rateLimit.admit(caller, "DELETE", () -> transport.endSession(Incoming.of(caller, headers)));
    }
}
