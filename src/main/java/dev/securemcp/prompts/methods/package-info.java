/** {@link dev.securemcp.prompts.McpPrompt} methods made into prompts once, at start, with their completers. */
package dev.securemcp.prompts.methods;
