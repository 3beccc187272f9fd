package dev.securemcp.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Which credential a client command sends: {@code --auth}, {@code --token}, {@code --token-file}. */
public class CredentialOptions {
    public static final String TOKEN_VARIABLE = "SECURE_MCP_TOKEN";

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Send this bearer token as is (no minting). A command line shows in ps: prefer --token-file or "
                    + TOKEN_VARIABLE + ".")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Send the bearer token in this file (no minting).")
    Path tokenFile;

    @Option(names = "--auth", paramLabel = "self|login|token",
            description = "The credential to use: self (mint one with the signing key), login (the stored login, or log in), "
                    + "token (--token, --token-file or " + TOKEN_VARIABLE + "). Default: the first of token, login, self "
                    + "that is there.")
    String auth;
}
