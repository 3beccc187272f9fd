package dev.securemcp.bench;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.securemcp.config.McpConfig;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.ext.web.Router;

/**
 * The benchmark's floor: the least an authenticated request can cost in this server. The same
 * bearer-token check as /mcp and the same greeting text as the greet tool, without MCP. It exists
 * only with {@code mcp.bench.enabled=true}; otherwise every path under /bench is 404, token or not.
 */
@Path("/bench/floor")
@Authenticated
public class BenchFloorResource {

    @Inject
    JsonWebToken token;

    @GET
    @NonBlocking
    @Produces(MediaType.TEXT_PLAIN)
    public String greet(@QueryParam("name") @DefaultValue("World") String name) {
        return "Hello, " + name + "! Your userid is " + token.getSubject() + ".";
    }

    /** Switched off: answer 404 ahead of the REST layer and its authentication. */
    static void hideWhenDisabled(@Observes Router router, McpConfig config) {
        if (!config.bench().enabled()) {
            router.route("/bench/*").order(Integer.MIN_VALUE).handler(context -> context.response().setStatusCode(404).end());
        }
    }
}
