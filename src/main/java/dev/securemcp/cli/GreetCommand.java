package dev.securemcp.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.cli.client.McpClient;
import dev.securemcp.cli.login.LoginOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The seed's client: mint a token, connect, call greet, print the result in the seed's three lines. */
@Command(name = "greet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Get a token (minted, given or from a login), connect and call greet.")
public class GreetCommand implements Callable<Integer> {
    static final int SHOWN_TOKEN_CHARS = 36;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", defaultValue = "World",
            description = "Who to greet (default: ${DEFAULT-VALUE}).")
    String name;

    @Mixin
    ClientOptions client;

    @Mixin
    CredentialOptions credentialOptions;

    @Mixin
    TokenOptions tokenOptions;

    @Mixin
    LoginOptions loginOptions;

    @Inject
    McpConnector connector;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!client.json) {
            out.println("🚀 Starting secure-mcp client with JWT authentication...");
        }
        CredentialChoice.Chosen chosen = connector.credentials(client, credentialOptions, tokenOptions, loginOptions, err);
        if (!client.json && chosen.minted()) {
            String token = chosen.credentials().current();
            out.println("🔐 Generated JWT token: " + token.substring(0, Math.min(SHOWN_TOKEN_CHARS, token.length())) + "...");
        } else if (!client.json) {
            out.println("🔐 Using the token from " + chosen.source());
        }
        out.flush();
        ObjectNode arguments = JsonNodeFactory.instance.objectNode().put("name", name);
        JsonNode result;
        try (McpClient mcp = connector.client(client, chosen.credentials(), err)) {
            mcp.open();
            result = mcp.callTool("greet", arguments);
        }
        if (client.json) {
            out.println(result.toString());
        } else if (!result.path("isError").asBoolean(false)) {
            out.println("✅ Result: " + ResultPrinter.text(result));
        }
        out.flush();
        if (result.path("isError").asBoolean(false)) {
            throw new CliException(ExitCodes.TOOL_ERROR, "The tool greet reported an error: " + ResultPrinter.text(result));
        }
        return ExitCodes.OK;
    }
}
