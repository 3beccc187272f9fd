package dev.securemcp.ops;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.access.Caller;
import dev.securemcp.auth.TokenFailure;
import dev.securemcp.protocol.JsonRpcNotification;
import dev.securemcp.protocol.JsonRpcRequest;
import dev.securemcp.protocol.JsonRpcResponse;
import dev.securemcp.protocol.Negotiation;
import dev.securemcp.tools.ToolResult;
import dev.securemcp.tools.ToolSpec;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every type that crosses JSON, kept for reflection in a native image. The wire is written and read
 * as Jackson trees (no reflection needed), but a type here may be bound by Jackson at any time (a
 * log formatter, a REST client, a test through the native executable): list each new one here.
 */
@RegisterForReflection(targets = { JsonRpcRequest.class, JsonRpcNotification.class, JsonRpcResponse.class,
        Negotiation.class, ToolSpec.class, ToolResult.class, Caller.class, AccessRequirement.class, TokenFailure.class })
public final class NativeReflection {

    private NativeReflection() {
    }
}
