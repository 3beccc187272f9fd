package dev.securemcp.cli;

import picocli.CommandLine.Option;

/** Options of the commands that talk to a server. */
public class ClientOptions {

    @Option(names = "--server", paramLabel = "URL", description = "The MCP endpoint (default: mcp.server.url, "
            + "http://localhost:8000/mcp).")
    String server;

    @Option(names = "--json", description = "Print the raw JSON result instead of the human lines.")
    boolean json;

    @Option(names = { "-v", "--verbose" }, description = "Show the HTTP exchange (token signature masked) and failure details.")
    boolean verbose;
}
