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

    /**
     * The canonical URL of this MCP server (RFC 9728 {@code resource}), also an accepted audience. Its
     * default follows the port the server bound; this mapping is read at start, before the bind, so
     * only its host is to be used from here (ProtectedResource reads the bound value).
     */
    @WithName("resource-url")
    @WithDefault("http://localhost:${quarkus.http.port}/mcp")
    String resourceUrl();

    /** Items per page of every list method. */
    @WithName("page-size")
    @WithDefault("50")
    int pageSize();

    Session session();

    Tool tool();

    Json json();

    Conformance conformance();

    /** Hooks for tests only, all off by default. */
    TestHooks test();

    Auth auth();

    Sse sse();

    Revocation revocation();

    Audit audit();

    @WithName("rate-limit")
    RateLimit rateLimit();

    interface Revocation {
        /** Revoked token ids, one a line, kept across restarts. */
        @WithDefault("data/revoked-jti.txt")
        String file();
    }

    interface Audit {
        /** The audit log, one JSON event a line. */
        @WithDefault("logs/audit.jsonl")
        String file();

        /** Write a hash of sub instead of the subject. */
        @WithName("hash-subjects")
        @WithDefault("false")
        boolean hashSubjects();

        /** The file is rotated (audit.jsonl.1, .2, ...) once it grows past this many bytes. */
        @WithName("rotate-bytes")
        @WithDefault("10485760")
        long rotateBytes();

        /** Rotated files kept. */
        @WithName("keep-files")
        @WithDefault("5")
        int keepFiles();
    }

    interface RateLimit {
        /** Requests per subject per second; 0 is off. */
        @WithName("per-subject")
        @WithDefault("0")
        int perSubject();
    }

    Client client();

    interface Client {
        /** The CLI mints a fresh token this long before the current one expires. */
        @WithName("refresh-margin")
        @WithDefault("60S")
        Duration refreshMargin();
    }

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

        /** Worker threads of each blocking tool's own pool. */
        @WithName("worker-threads")
        @WithDefault("32")
        int workerThreads();

        /** Calls of one blocking tool that may wait for a worker; past it the call gets a busy error. */
        @WithName("max-queued-calls")
        @WithDefault("64")
        int maxQueuedCalls();
    }

    interface Json {
        @WithName("max-depth")
        @WithDefault("64")
        int maxDepth();

        /** Longest string (or field name) in a JSON message, in characters. */
        @WithName("max-string-length")
        @WithDefault("262144")
        int maxStringLength();
    }

    interface Auth {
        /** The claims whose values are the caller's roles. */
        @WithName("roles-claims")
        @WithDefault("groups,roles")
        List<String> rolesClaims();

        /** Tokens whose exp - iat is longer are refused. */
        @WithName("max-token-lifetime")
        @WithDefault("24H")
        Duration maxTokenLifetime();

        /** Failed authentications per client address per minute before 429; 0 is off. */
        @WithName("max-failures-per-address")
        @WithDefault("0")
        int maxFailuresPerAddress();

        /** With a JWKS URL: how long fetched keys are used when the server sends no cache headers. */
        @WithName("jwks-cache")
        @WithDefault("10M")
        Duration jwksCache();

        /** With a JWKS URL: the least time between two refetches caused by an unknown kid. */
        @WithName("jwks-min-refetch-interval")
        @WithDefault("5S")
        Duration jwksMinRefetchInterval();

        /** Verified tokens kept so that a repeated token skips the signature check. */
        @WithName("token-cache")
        TokenCache tokenCache();

        interface TokenCache {
            @WithDefault("true")
            boolean enabled();

            /** At most this many tokens; each also leaves the cache at its exp. */
            @WithName("max-entries")
            @WithDefault("10000")
            long maxEntries();
        }
    }

    Bench bench();

    interface Bench {
        /** The benchmark's floor endpoint, at run time. */
        @WithDefault("false")
        boolean enabled();
    }

    interface Conformance {
        @WithDefault("false")
        boolean enabled();
    }

    interface TestHooks {
        /** Every /mcp answer names the replica that gave it (header Mcp-Test-Replica). */
        @WithName("replica-header")
        @WithDefault("false")
        boolean replicaHeader();
    }
}
