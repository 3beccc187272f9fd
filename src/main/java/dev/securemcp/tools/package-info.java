/**
 * Tools as users write them: {@link dev.securemcp.tools.McpTool} and {@link dev.securemcp.tools.McpArg},
 * the results and the context a tool gets, the registry with each input schema compiled once, the
 * argument validation (networknt), the low-level {@link dev.securemcp.tools.Tool} form, and the four
 * shipped tools. Knows nothing of HTTP or of how a request reached it.
 */
package dev.securemcp.tools;
