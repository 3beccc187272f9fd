/** {@link dev.securemcp.resources.McpResource} and template methods made into resources once, at start. */
package dev.securemcp.resources.methods;
