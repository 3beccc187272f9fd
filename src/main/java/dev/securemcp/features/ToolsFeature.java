package dev.securemcp.features;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessDeniedException;
import dev.securemcp.config.McpConfig;
import dev.securemcp.protocol.Cursor;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.FeatureHandler;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpException;
import dev.securemcp.protocol.McpMethod;
import dev.securemcp.tools.RegisteredTool;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolRegistry;
import dev.securemcp.tools.ToolResult;
import dev.securemcp.tools.ToolSpec;
import io.smallrye.mutiny.Uni;

/** tools/list and tools/call. */
@ApplicationScoped
public class ToolsFeature implements FeatureHandler {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LIST = "tools";

    @Inject
    ToolRegistry registry;

    @Inject
    ToolExecutor executor;

    @Inject
    McpConfig config;

    @Override
    public Set<McpMethod> methods() {
        return Set.of(McpMethod.TOOLS_LIST, McpMethod.TOOLS_CALL);
    }

    @Override
    public void declareCapabilities(ObjectNode capabilities) {
        capabilities.putObject("tools").put("listChanged", true);
    }

    @Override
    public Uni<JsonNode> handle(McpMethod method, JsonRpcRequest request, Exchange exchange) {
        return switch (method) {
            case TOOLS_LIST -> Uni.createFrom().item(list(request, exchange));
            case TOOLS_CALL -> call(request, exchange);
            default -> throw new IllegalArgumentException(method.wireName());
        };
    }

    private JsonNode list(JsonRpcRequest request, Exchange exchange) {
        List<Tool> visible = registry.visibleTo(exchange.caller());
        JsonNode cursor = request.params().get("cursor");
        if (cursor != null && !cursor.isTextual() && !cursor.isNull()) {
            throw McpException.invalidParams("Invalid cursor.");
        }
        int from = Cursor.decode(LIST, cursor == null ? null : cursor.textValue(), visible.size());
        int to = Math.min(visible.size(), from + config.pageSize());
        ObjectNode result = NODES.objectNode();
        ArrayNode tools = result.putArray("tools");
        for (Tool tool : visible.subList(from, to)) {
            tools.add(describe(tool.spec(), exchange));
        }
        if (to < visible.size()) {
            result.put("nextCursor", Cursor.encode(LIST, to));
        }
        return result;
    }

    private static ObjectNode describe(ToolSpec spec, Exchange exchange) {
        ObjectNode tool = NODES.objectNode();
        tool.put("name", spec.name());
        if (spec.title() != null) {
            tool.put("title", spec.title());
        }
        tool.put("description", spec.description());
        tool.set("inputSchema", spec.inputSchema());
        if (spec.outputSchema() != null && exchange.version().hasStructuredOutput()) {
            tool.set("outputSchema", spec.outputSchema());
        }
        if (spec.annotations() != null) {
            tool.set("annotations", spec.annotations());
        }
        if (!spec.access().scopes().isEmpty() || !spec.access().roles().isEmpty()) {
            // what the CLI's `tools` table shows as the tool's needs
            ObjectNode meta = tool.putObject("_meta");
            spec.access().scopes().stream().sorted().forEach(meta.putArray("dev.securemcp/scopes")::add);
            spec.access().roles().stream().sorted().forEach(meta.putArray("dev.securemcp/roles")::add);
        }
        return tool;
    }

    @Override
    public String toolNamed(McpMethod method, JsonRpcRequest request) {
        JsonNode name = method == McpMethod.TOOLS_CALL ? request.params().get("name") : null;
        return name != null && name.isTextual() ? registry.lookup(name.textValue()).map(found -> found.tool().spec().name())
                .orElse(null) : null;
    }

    private Uni<JsonNode> call(JsonRpcRequest request, Exchange exchange) {
        JsonNode name = request.params().get("name");
        if (name == null || !name.isTextual()) {
            throw McpException.invalidParams("tools/call needs the tool's name.");
        }
        JsonNode arguments = request.params().get("arguments");
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            throw McpException.invalidParams("arguments must be a JSON object.");
        }
        Optional<RegisteredTool> found = registry.lookup(name.textValue());
        if (found.isEmpty()) {
            throw McpException.invalidParams("Unknown tool: " + name.textValue());
        }
        Tool tool = found.get().tool();
        if (!tool.spec().access().permits(exchange.caller())) {
            throw new AccessDeniedException("tool " + tool.spec().name(), tool.spec().access());
        }
        ObjectNode args = arguments instanceof ObjectNode object ? object : NODES.objectNode();
        Optional<String> problem = found.get().arguments().firstProblem(args);
        if (problem.isPresent()) {
            return Uni.createFrom().item(encode(ToolResult.error(problem.get()), exchange));
        }
        ExchangeToolContext context = new ExchangeToolContext(exchange, tool.spec().name());
        return executor.run(tool, args, context, result -> encode(result, exchange));
    }

    private static JsonNode encode(ToolResult result, Exchange exchange) {
        ObjectNode encoded = NODES.objectNode();
        encoded.set("content", result.content());
        if (result.structuredContent() != null && exchange.version().hasStructuredOutput()) {
            encoded.set("structuredContent", result.structuredContent());
        }
        encoded.put("isError", result.isError());
        return encoded;
    }
}
