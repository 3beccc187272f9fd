/**
 * The Streamable HTTP transport of /mcp: the REST resource (POST, GET, DELETE), the header rules
 * (Accept, Content-Type, Origin and Host, Mcp-Session-Id, MCP-Protocol-Version), the session
 * registry and SSE streams, rate limits, and the one ending of a request ({@link
 * dev.securemcp.transport.RequestEnding}: access-log line, audit event, answer). It turns a
 * {@link dev.securemcp.protocol.RequestOutcome} into bytes, every answer through the writers
 * {@link dev.securemcp.transport.ResponseChannels} makes; it knows nothing of tools, prompts or
 * resources, nor of how a token is checked.
 */
package dev.securemcp.transport;
