/**
 * An {@link dev.securemcp.tools.McpTool} method made into a tool once, at start: its schemas
 * generated (victools) from the parameter and return types and their constraints, the argument
 * binders, the method handle and the result mapper. A declaration that cannot work stops the start.
 */
package dev.securemcp.tools.methods;
