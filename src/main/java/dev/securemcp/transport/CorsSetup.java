package dev.securemcp.transport;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.vertx.http.security.CORS;
import io.quarkus.vertx.http.security.HttpSecurity;

/**
 * Quarkus's own CORS filter, fed from {@code mcp.allowed-origins} through {@link OriginPolicy}: one
 * list for the Origin check and for CORS. Browser clients send the bearer token in a header (never
 * cookies), so credentials stay off; they must read the session id, the negotiated version and the
 * auth challenge, so those headers are exposed.
 */
@ApplicationScoped
public class CorsSetup {
    static final List<String> METHODS = List.of("GET", "POST", "DELETE");
    static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept",
            McpHeaders.SESSION_ID, McpHeaders.PROTOCOL_VERSION, McpHeaders.LAST_EVENT_ID, "Mcp-Method", "Mcp-Name");
    static final List<String> EXPOSED_HEADERS = List.of(McpHeaders.SESSION_ID, McpHeaders.PROTOCOL_VERSION,
            "WWW-Authenticate");

    void configure(@Observes HttpSecurity security, OriginGuard guard) {
        refuseSecondOriginList(ConfigProvider.getConfig().getOptionalValues("quarkus.http.cors.origins", String.class));
        security.cors(CORS.builder()
                .origins(new LinkedHashSet<>(guard.policy().corsOrigins()))
                .methods(new LinkedHashSet<>(METHODS))
                .headers(new LinkedHashSet<>(REQUEST_HEADERS))
                .exposedHeaders(new LinkedHashSet<>(EXPOSED_HEADERS))
                .accessControlAllowCredentials(false)
                .build());
    }

    /** A second list of origins could disagree with the Origin check: the server does not start with one. */
    static void refuseSecondOriginList(Optional<List<String>> corsOrigins) {
        if (corsOrigins.isPresent()) {
            throw new IllegalStateException("quarkus.http.cors.origins is not used by secure-mcp: list browser "
                    + "origins in mcp.allowed-origins, the one setting for the Origin check and for CORS.");
        }
    }
}
