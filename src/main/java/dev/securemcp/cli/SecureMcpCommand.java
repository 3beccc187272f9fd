package dev.securemcp.cli;

import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

/** The top command: {@code secure-mcp [serve]}. Without a subcommand it serves. */
@TopCommand
@Command(name = "secure-mcp", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "An authenticated MCP server, and a client for it.",
        subcommands = { ServeCommand.class, KeysCommand.class, TokenCommand.class, GreetCommand.class,
                ToolsCommand.class, CallCommand.class, LoginCommand.class, LogoutCommand.class })
public class SecureMcpCommand implements Callable<Integer> {

    @Inject
    ServeCommand serve;

    @Override
    public Integer call() {
        return serve.call();
    }
}
