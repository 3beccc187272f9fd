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

import dev.securemcp.access.Caller;
import dev.securemcp.auth.CallerIdentity;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;

/**
 * The MCP endpoint (Streamable HTTP). Every request is authenticated before a method here runs; its
 * identity then carries the caller, built once from the verified token ({@link CallerIdentity}).
 * Every answer is written straight to the connection by the writers {@link ResponseChannels} makes;
 * the returned {@code Uni} completes with null once it is.
 */
@Path("/mcp")
@Authenticated
public class McpResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    StreamableHttp transport;

    @Inject
    SubjectRateLimit rateLimit;

    @Inject
    ResponseChannels channels;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> post(byte[] body, @Context HttpHeaders headers, @Context HttpServerResponse response) {
        Caller caller = CallerIdentity.of(identity);
        return rateLimit.admit(caller, "POST", () -> transport.post(Incoming.of(caller, headers), body, response),
                refused -> channels.answer(response, refused));
    }

    @GET
    public Uni<Response> get(@Context HttpHeaders headers, @Context HttpServerResponse response) {
        Caller caller = CallerIdentity.of(identity);
        return rateLimit.admit(caller, "GET", () -> transport.openStream(Incoming.of(caller, headers),
                headers.getHeaderString(McpHeaders.LAST_EVENT_ID), response),
                refused -> channels.answer(response, refused));
    }

    @DELETE
    public Uni<Response> delete(@Context HttpHeaders headers, @Context HttpServerResponse response) {
        Caller caller = CallerIdentity.of(identity);
        return rateLimit.admit(caller, "DELETE", () -> transport.endSession(Incoming.of(caller, headers), response),
                refused -> channels.answer(response, refused));
    }
}
