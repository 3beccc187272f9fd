package dev.securemcp.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.securemcp.cli.client.McpClient;
import dev.securemcp.cli.login.LoginOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tools}: the tools this token may use (every page of tools/list). */
@Command(name = "tools", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the tools this token may use.")
public class ToolsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
        List<JsonNode> tools;
        try (McpClient mcp = connector.client(client,
                connector.credentials(client, credentialOptions, tokenOptions, loginOptions, spec.commandLine().getErr()).credentials(),
                spec.commandLine().getErr())) {
            mcp.open();
            tools = mcp.listTools();
        }
        if (client.json) {
            out.println(JsonNodeFactory.instance.objectNode().set("tools", JsonNodeFactory.instance.arrayNode().addAll(tools)));
        } else {
            ResultPrinter.tools(tools, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
