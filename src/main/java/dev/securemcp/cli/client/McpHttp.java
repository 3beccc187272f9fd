package dev.securemcp.cli.client;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/**
 * The MCP endpoint as a typed REST client (Streamable HTTP). Answers are streams, so that the events
 * of a {@code text/event-stream} answer can be shown as they arrive; status and headers are read by
 * {@link ResponseCapture}. A null header argument is not sent.
 */
@Path("")
public interface McpHttp {
    String SESSION_ID = "Mcp-Session-Id";
    String PROTOCOL_VERSION = "MCP-Protocol-Version";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ClientHeaderParam(name = HttpHeaders.ACCEPT, value = "application/json, text/event-stream")
    InputStream post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(SESSION_ID) String sessionId,
            @HeaderParam(PROTOCOL_VERSION) String protocolVersion,
            String message);

    @DELETE
    InputStream delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(SESSION_ID) String sessionId,
            @HeaderParam(PROTOCOL_VERSION) String protocolVersion);
}
