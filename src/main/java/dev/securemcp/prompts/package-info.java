/**
 * Prompts: the {@link dev.securemcp.prompts.McpPrompt} and {@link dev.securemcp.prompts.McpCompletion}
 * annotations, the low-level {@link dev.securemcp.prompts.Prompt} form, its arguments and results,
 * and the registry. Knows nothing of HTTP or JSON-RPC.
 */
package dev.securemcp.prompts;
