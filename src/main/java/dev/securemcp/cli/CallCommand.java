package dev.securemcp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.cli.client.CliJson;
import dev.securemcp.cli.client.McpClient;
import dev.securemcp.cli.login.LoginOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code call TOOL}: call any tool and print its result. */
@Command(name = "call", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Call a tool and print its result.")
public class CallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOOL", description = "The tool's name.")
    String tool;

    @Option(names = "--arg", paramLabel = "KEY=VALUE",
            description = "An argument (repeatable); a VALUE that is JSON (number, true, [..], {..}) is sent as such.")
    List<String> args = new ArrayList<>();

    @Option(names = "--args", paramLabel = "'{...}'", description = "All arguments as one JSON object; --arg adds to it.")
    String argsJson;

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
        ObjectNode arguments = arguments();
        PrintWriter out = spec.commandLine().getOut();
        JsonNode result;
        try (McpClient mcp = connector.client(client,
                connector.credentials(client, credentialOptions, tokenOptions, loginOptions, spec.commandLine().getErr()).credentials(),
                spec.commandLine().getErr())) {
            mcp.open();
            result = mcp.callTool(tool, arguments);
        }
        if (client.json) {
            out.println(result.toString());
        } else {
            ResultPrinter.result(result, out);
        }
        out.flush();
        if (result.path("isError").asBoolean(false)) {
            String text = ResultPrinter.text(result);
            throw new CliException(ExitCodes.TOOL_ERROR, "The tool " + tool + " reported an error"
                    + (text.isBlank() ? "." : ": " + text.lines().findFirst().orElse("")));
        }
        return ExitCodes.OK;
    }

    ObjectNode arguments() {
        ObjectNode arguments = CliJson.mapper().createObjectNode();
        if (argsJson != null) {
            JsonNode parsed;
            try {
                parsed = CliJson.mapper().readTree(argsJson);
            } catch (JsonProcessingException invalid) {
                throw new CliException(ExitCodes.USAGE, "--args must be a JSON object such as '{\"name\": \"World\"}': "
                        + invalid.getOriginalMessage() + ".");
            }
            if (!(parsed instanceof ObjectNode object)) {
                throw new CliException(ExitCodes.USAGE, "--args must be a JSON object such as '{\"name\": \"World\"}'.");
            }
            arguments.setAll(object);
        }
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals <= 0) {
                throw new CliException(ExitCodes.USAGE, "--arg needs KEY=VALUE, got '" + arg + "'.");
            }
            arguments.set(arg.substring(0, equals), value(arg.substring(equals + 1)));
        }
        return arguments;
    }

    private static JsonNode value(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.equals("true") || trimmed.equals("false")
                || trimmed.equals("null") || trimmed.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            try {
                return CliJson.mapper().readTree(trimmed);
            } catch (JsonProcessingException notJson) {
                // a plain string after all
            }
        }
        return CliJson.mapper().getNodeFactory().textNode(text);
    }
}
