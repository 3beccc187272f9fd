package dev.securemcp.transport;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

import dev.securemcp.BenchConfig;
import dev.securemcp.protocol.JsonRpc;
import dev.securemcp.protocol.JsonRpcMessage;
import dev.securemcp.tools.ToolResult;

/** Reading a tools/call request off the wire, and writing its answer. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonRpcCodecBenchmark {
    private static final byte[] REQUEST = """
            {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"greet","arguments":{"name":"agent-1"}}}"""
            .getBytes(StandardCharsets.UTF_8);

    private McpJson json;
    private JsonNode result;

    @Setup
    public void setUp() {
        json = new McpJson(BenchConfig.defaults());
        ToolResult greeting = ToolResult.text("Hello, agent-1! Your userid is agent-1.");
        result = json.read(("{\"content\":" + greeting.content() + ",\"isError\":false}").getBytes(StandardCharsets.UTF_8));
    }

    @Benchmark
    public JsonRpcMessage decode() {
        return JsonRpc.read(json.read(REQUEST));
    }

    @Benchmark
    public byte[] encode() {
        return json.write(JsonRpc.result(IntNode.valueOf(1), result));
    }
}
