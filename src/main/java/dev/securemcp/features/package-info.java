/**
 * The handlers of MCP requests: tools/list and tools/call (with the tool executor and its pools),
 * resources, prompts, completion and logging, and the context a tool sees (progress, log, asking
 * the client). Each answers a JSON-RPC request from the protocol layer; knows nothing of HTTP.
 */
package dev.securemcp.features;
