package dev.securemcp.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The project's own {@code mcp.*} settings; every default also stands in application.properties. */
@ConfigMapping(prefix = "mcp")
public interface McpConfig {

    /** Where the CLI connects. */
    @WithName("server.url")
    @WithDefault("http://localhost:8000/mcp")
    String serverUrl();

    /** Browser origins allowed to call /mcp; a bare origin without port allows any port. */
    @WithName("allowed-origins")
    @WithDefault("http://localhost,http://127.0.0.1")
    List<String> allowedOrigins();

    /** The canonical URL of this MCP server (RFC 9728 {@code resource}). */
    @WithName("resource-url")
    @WithDefault("http://localhost:8000/mcp")
    String resourceUrl();

    /** Items per page of every list method. */
    @WithName("page-size")
    @WithDefault("50")
    int pageSize();

    Session session();

    Tool tool();

    Json json();

    Conformance conformance();

    Auth auth();

    Sse sse();

    @WithName("client-request")
    ClientRequest clientRequest();

    interface ClientRequest {
        /** How long a tool waits for the client's answer to sampling, elicitation or roots. */
        @WithDefault("25S")
        Duration timeout();
    }

    interface Sse {
        @WithName("max-streams-per-session")
        @WithDefault("4")
        int maxStreamsPerSession();

        /** How often an idle stream gets a comment line, so proxies keep it open. */
        @WithName("keep-alive")
        @WithDefault("25S")
        Duration keepAlive();
    }

    /** RFC 9728 authorization_servers; the configured issuer when empty. */
    @WithName("authorization-servers")
    java.util.Optional<List<String>> authorizationServers();

    interface Session {
        @WithName("idle-timeout")
        @WithDefault("30M")
        Duration idleTimeout();

        @WithName("max-per-subject")
        @WithDefault("16")
        int maxPerSubject();

        @WithName("max-total")
        @WithDefault("10000")
        int maxTotal();
    }

    interface Tool {
        /** A tool call that runs longer ends with an isError result. */
        @WithDefault("30S")
        Duration timeout();

        /** Worker threads for tools that block. */
        @WithName("worker-threads")
        @WithDefault("32")
        int workerThreads();
    }

    interface Json {
        @WithName("max-depth")
        @WithDefault("64")
        int maxDepth();
    }

    interface Auth {
        /** The claims whose values are the caller's roles. */
        @WithName("roles-claims")
        @WithDefault("groups,roles")
        List<String> rolesClaims();
    }

    interface Conformance {
        @WithDefault("false")
        boolean enabled();
    }
}
