package dev.securemcp.cli;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.cli.client.CliJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code token}: prints one signed JWT, or with {@code --decode} its header and claims. */
@Command(name = "token", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print one signed JWT (usable in $(...)); --decode prints its header and claims.")
public class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TokenOptions tokenOptions;

    @Option(names = "--decode", description = "Print the header and claims as JSON instead of the token.")
    boolean decode;

    @Option(names = "-v", description = "Show details of a failure.")
    boolean verbose;

    @Inject
    TokenMinter minter;

    @Override
    public Integer call() throws Exception {
        String token = minter.mint(tokenOptions).token();
        if (!decode) {
            spec.commandLine().getOut().println(token);
            return ExitCodes.OK;
        }
        String[] parts = token.split("\\.");
        ObjectNode decoded = CliJson.mapper().createObjectNode();
        decoded.set("header", CliJson.mapper().readTree(Base64.getUrlDecoder().decode(parts[0])));
        decoded.set("claims", CliJson.mapper().readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)));
        spec.commandLine().getOut().println(CliJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(decoded));
        return ExitCodes.OK;
    }
}
