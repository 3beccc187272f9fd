package dev.securemcp.cli;

import java.net.URI;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.cli.login.Login;
import dev.securemcp.cli.login.LoginOptions;
import dev.securemcp.cli.login.ServerProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code login}: the MCP authorization flow for the server, its tokens kept for the next commands. */
@Command(name = "login", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Log in to the server's authorization server (OAuth) and keep the tokens.")
public class LoginCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", description = "The MCP endpoint (default: mcp.server.url).")
    String server;

    @Option(names = { "-v", "--verbose" }, description = "Show each step and HTTP request (never a token).")
    boolean verbose;

    @Mixin
    LoginOptions loginOptions;

    @Inject
    McpConnector connector;

    @Override
    public Integer call() {
        ClientOptions client = new ClientOptions();
        client.server = server;
        client.verbose = verbose;
        URI url = connector.serverUri(client);
        Login login = connector.login(loginOptions, verbose, spec.commandLine().getErr());
        ObjectNode stored = login.logIn(url, ServerProbe.challenge(url), null);
        spec.commandLine().getOut().println("✅ Logged in to " + stored.path("issuer").asText() + " for "
                + stored.path("resource").asText() + (stored.hasNonNull("scope") ? " (scope: " + stored.get("scope").asText() + ")" : ""));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
