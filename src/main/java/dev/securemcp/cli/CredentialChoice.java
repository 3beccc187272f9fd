package dev.securemcp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.securemcp.cli.client.Credentials;
import dev.securemcp.cli.client.StaticToken;

/**
 * Decides which credential a command sends, in the documented order: {@code --auth} when given;
 * otherwise {@code --token}/{@code --token-file}, then {@code SECURE_MCP_TOKEN}, then a stored
 * login for the server, then a token minted with the signing key.
 */
final class CredentialChoice {

    /** The credential and the words that name where it comes from ("the token from SECURE_MCP_TOKEN"). */
    record Chosen(Credentials credentials, String source, boolean minted) {
    }

    /** The ways to a credential that the choice may take. */
    interface Sources {
        Credentials minted();

        /** The stored login for the server, or null when there is none. */
        Chosen storedLogin();

        /** A login, stored or made now. */
        Chosen login();
    }

    private final Function<String, String> environment;

    CredentialChoice(Function<String, String> environment) {
        this.environment = environment;
    }

    Chosen choose(CredentialOptions options, Sources sources) {
        String mode = options.auth;
        if (mode != null && !mode.equals("self") && !mode.equals("login") && !mode.equals("token")) {
            throw new CliException(ExitCodes.USAGE, "--auth takes self, login or token, got '" + mode + "'.");
        }
        Supplier<Chosen> self = () -> new Chosen(sources.minted(), "a token signed with the signing key", true);
        if ("self".equals(mode)) {
            return self.get();
        }
        if ("login".equals(mode)) {
            return sources.login();
        }
        Chosen given = given(options);
        if (given != null || "token".equals(mode)) {
            if (given == null) {
                throw new CliException(ExitCodes.USAGE, "--auth token needs --token, --token-file or " + CredentialOptions.TOKEN_VARIABLE
                        + ".");
            }
            return given;
        }
        Chosen stored = sources.storedLogin();
        return stored != null ? stored : self.get();
    }

    private Chosen given(CredentialOptions options) {
        if (options.token != null && options.tokenFile != null) {
            throw new CliException(ExitCodes.USAGE, "Give either --token or --token-file, not both.");
        }
        if (options.token != null) {
            return new Chosen(new StaticToken(checked(options.token, "--token")), "--token", false);
        }
        if (options.tokenFile != null) {
            String text;
            try {
                text = Files.readString(options.tokenFile).strip();
            } catch (IOException | RuntimeException unreadable) {
                throw new CliException(ExitCodes.USAGE, "The token file " + options.tokenFile + " cannot be read.");
            }
            String source = "the token file " + options.tokenFile;
            return new Chosen(new StaticToken(checked(text, source)), source, false);
        }
        String variable = environment.apply(CredentialOptions.TOKEN_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new Chosen(new StaticToken(checked(variable.strip(), CredentialOptions.TOKEN_VARIABLE)),
                    CredentialOptions.TOKEN_VARIABLE, false);
        }
        return null;
    }

    /** A bearer token is one run of visible characters (RFC 6750 section 2.1, b64token); never echoed. */
    private static String checked(String token, String source) {
        if (token.isEmpty() || !token.matches("[A-Za-z0-9\\-._~+/]+=*")) {
            throw new CliException(ExitCodes.USAGE, "The token from " + source + " is " + (token.isEmpty() ? "empty" : "not a bearer "
                    + "token (only letters, digits and -._~+/ followed by optional =)") + ".");
        }
        return token;
    }
}
