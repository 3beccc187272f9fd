/**
 * MCP as JSON-RPC: the message records and their invariants, error codes, wire method names,
 * revision negotiation, the lifecycle, and the dispatcher that routes a request to its feature and
 * answers with one {@link dev.securemcp.protocol.RequestOutcome}. Knows nothing of HTTP or JAX-RS.
 */
package dev.securemcp.protocol;
