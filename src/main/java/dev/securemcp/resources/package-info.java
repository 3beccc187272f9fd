/**
 * Resources and resource templates: the {@link dev.securemcp.resources.McpResource} and
 * {@link dev.securemcp.resources.McpResourceTemplate} annotations, the low-level forms, RFC 6570
 * level-1 URI templates, and the registry with its update notifications. Knows nothing of HTTP or
 * JSON-RPC.
 */
package dev.securemcp.resources;
