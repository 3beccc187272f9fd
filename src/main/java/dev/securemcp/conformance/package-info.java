/**
 * The fixtures the official MCP conformance suite calls (its test_* tools, resources and prompts),
 * written as annotated methods like any user code, registered only with
 * {@code mcp.conformance.enabled=true}. Never in production.
 */
package dev.securemcp.conformance;
