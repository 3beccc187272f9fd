package dev.securemcp.auth;

import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolRegistry;

/** RFC 9728 protected resource metadata, at both well-known locations, readable without a token. */
@Path("/.well-known/oauth-protected-resource")
public class ProtectedResourceMetadataResource {

    @Inject
    ProtectedResource resource;

    @Inject
    ToolRegistry tools;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String metadata() {
        return document().toString();
    }

    @GET
    @Path("/mcp")
    @Produces(MediaType.APPLICATION_JSON)
    public String metadataForMcpPath() {
        return document().toString();
    }

    private ObjectNode document() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("resource", resource.resourceUrl());
        ArrayNode servers = doc.putArray("authorization_servers");
        resource.authorizationServers().forEach(servers::add);
        Set<String> scopes = new TreeSet<>();
        for (Tool tool : tools.all()) {
            scopes.addAll(tool.spec().access().scopes());
        }
        ArrayNode supported = doc.putArray("scopes_supported");
        scopes.forEach(supported::add);
        doc.putArray("bearer_methods_supported").add("header");
        doc.put("resource_name", "secure-mcp");
        return doc;
    }
}
