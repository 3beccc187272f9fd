package dev.securemcp.features;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.validation.constraints.Size;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.BenchConfig;
import dev.securemcp.access.Caller;
import dev.securemcp.config.McpConfig;
import dev.securemcp.protocol.Exchange;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.McpMethod;
import dev.securemcp.protocol.MessageSink;
import dev.securemcp.protocol.ProtocolVersion;
import dev.securemcp.tools.GreetTool;
import dev.securemcp.tools.McpArg;
import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.methods.ToolMethods;
import dev.securemcp.tools.ToolRegistry;
import dev.securemcp.tools.ToolResult;

/**
 * tools/call greet from a decoded request to the result tree: lookup, access, validation, the tool.
 * greet's schema is a plain one ({@code PlainShape} vouches for its arguments); the constrained
 * variant's {@code maxLength} sends every call through networknt's walk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ToolsCallBenchmark {
    private ToolsFeature feature;
    private ToolsFeature constrainedFeature;
    private Tool greet;
    private Caller caller;
    private JsonRpcRequest request;
    private ObjectNode arguments;

    @Setup
    public void setUp() {
        McpConfig config = BenchConfig.defaults();
        feature = new ToolsFeature();
        feature.registry = new ToolRegistry();
        greet = new ToolMethods().of(new GreetTool()).get(0);
        feature.registry.register(greet);
        feature.executor = new ToolExecutor(config);
        feature.config = config;
        constrainedFeature = new ToolsFeature();
        constrainedFeature.registry = new ToolRegistry();
        constrainedFeature.registry.register(new ToolMethods().of(new ConstrainedGreet()).get(0));
        constrainedFeature.executor = feature.executor;
        constrainedFeature.config = config;
        caller = new Caller("agent-1", "http://localhost:8000", Set.of("my-mcp-server"), Set.of("read", "write"),
                Set.of(), Instant.now().plusSeconds(3600), "jti-1");
        ObjectNode params = JsonNodeFactory.instance.objectNode().put("name", "greet");
        arguments = params.putObject("arguments").put("name", "agent-1");
        request = new JsonRpcRequest(IntNode.valueOf(1), "tools/call", params);
    }

    private Exchange exchange() {
        return new Exchange(caller, ProtocolVersion.V2025_11_25, null, MessageSink.NONE, null);
    }

    @Benchmark
    public JsonNode dispatchToolsCall() {
        return feature.handle(McpMethod.TOOLS_CALL, request, exchange()).await().indefinitely();
    }

    @Benchmark
    public JsonNode dispatchConstrainedToolsCall() {
        return constrainedFeature.handle(McpMethod.TOOLS_CALL, request, exchange()).await().indefinitely();
    }

    /** greet with a length limit on the name. */
    public static class ConstrainedGreet {
        @McpTool(name = "greet", nonBlocking = true, description = "greet, with a limit on the name")
        public String greet(@McpArg("Who to greet") @Size(max = 40) String name, Caller caller) {
            return "Hello, " + name + "! Your userid is " + caller.subject() + ".";
        }
    }

    @Benchmark
    public ToolResult greet() throws Exception {
        return greet.call(arguments, new ExchangeToolContext(exchange(), "greet"));
    }
}
