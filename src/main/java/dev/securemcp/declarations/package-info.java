/**
 * What turns annotated methods into MCP features at start: finding the beans that declare them,
 * method handles called without reflection per request, the string parameters of resource templates
 * and prompts, the completers, and the one-sentence start-up failure naming the method. Knows
 * nothing of HTTP, tokens or JSON-RPC.
 */
package dev.securemcp.declarations;
