package dev.securemcp.cli;

import java.net.URI;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import dev.securemcp.cli.login.LoginOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code logout}: revokes the server's login where the authorization server allows it, and deletes it. */
@Command(name = "logout", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Revoke (RFC 7009, where offered) and delete the stored login for the server.")
public class LogoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", description = "The MCP endpoint (default: mcp.server.url).")
    String server;

    @Option(names = { "-v", "--verbose" }, description = "Show each HTTP request (never a token).")
    boolean verbose;

    @Inject
    McpConnector connector;

    @Override
    public Integer call() {
        ClientOptions client = new ClientOptions();
        client.server = server;
        URI url = connector.serverUri(client);
        boolean existed = connector.login(new LoginOptions(), verbose, spec.commandLine().getErr()).logOut(url);
        spec.commandLine().getOut().println(existed ? "✅ Logged out of " + url + ": the login is deleted (its tokens revoked first where the authorization server offers that)."
                : "There is no login for " + url + ".");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
