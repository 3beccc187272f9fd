package dev.securemcp.protocol;

/** One JSON-RPC 2.0 message received from a client. */
public sealed interface JsonRpcMessage permits JsonRpcRequest, JsonRpcNotification, JsonRpcResponse {
}
