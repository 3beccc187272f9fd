/** MCP content blocks and resource contents, as tools, prompts and resources return them. */
package dev.securemcp.content;
