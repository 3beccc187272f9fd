package dev.securemcp.features;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.FeatureHandler;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.McpMethod;
import dev.securemcp.tools.LogLevel;
import io.smallrye.mutiny.Uni;

/** logging/setLevel: the least severe level of notifications/message the session wants. */
@ApplicationScoped
public class LoggingFeature implements FeatureHandler {

    @Override
    public Set<McpMethod> methods() {
        return Set.of(McpMethod.LOGGING_SET_LEVEL);
    }

    @Override
    public void declareCapabilities(ObjectNode capabilities) {
        capabilities.putObject("logging");
    }

    @Override
    public Uni<JsonNode> handle(McpMethod method, JsonRpcRequest request, Exchange exchange) {
        JsonNode level = request.params().get("level");
        LogLevel parsed = level == null ? null : LogLevel.fromWire(level.asText()).orElse(null);
        if (parsed == null) {
            throw McpException.invalidParams("level must be one of debug, info, notice, warning, error, "
                    + "critical, alert, emergency.");
        }
        if (exchange.session() != null) {
            exchange.session().logLevel(parsed);
        }
        return Uni.createFrom().item(JsonNodeFactory.instance.objectNode());
    }
}
