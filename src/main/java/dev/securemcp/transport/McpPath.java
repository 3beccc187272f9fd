package dev.securemcp.transport;

/** The one rule for which requests the transport's filters guard: /mcp and everything under it. */
final class McpPath {

    private McpPath() {
    }

    static boolean covers(String normalizedPath) {
        return normalizedPath.equals("/mcp") || normalizedPath.startsWith("/mcp/");
    }
}
