package dev.securemcp.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.cli.client.Credentials;
import dev.securemcp.cli.client.ElicitationAnswers;
import dev.securemcp.cli.client.ExchangeLog;
import dev.securemcp.cli.client.McpClient;
import dev.securemcp.cli.client.TokenSource;
import dev.securemcp.cli.login.Login;
import dev.securemcp.cli.login.LoginCredentials;
import dev.securemcp.cli.login.LoginOptions;
import dev.securemcp.cli.login.OAuthHttp;
import dev.securemcp.cli.login.TokenStore;
import dev.securemcp.config.McpConfig;

/** Builds the client of one CLI run from its options and the configuration. */
@ApplicationScoped
public class McpConnector {

    @Inject
    TokenMinter minter;

    @Inject
    McpConfig config;

    @Inject
    @ConfigProperty(name = TokenMinter.KEY_LOCATION, defaultValue = "keys/private.pem")
    String signingKey;

    /** The process environment; a test gives its own. */
    Function<String, String> environment = System::getenv;

    public TokenSource tokens(TokenOptions options) {
        return new TokenSource(() -> minter.mint(options), config.client().refreshMargin(), Clock.systemUTC());
    }

    /** The credential this run sends (see {@link CredentialChoice}); with -v, stderr says which. */
    public CredentialChoice.Chosen credentials(ClientOptions client, CredentialOptions options, TokenOptions tokenOptions,
            LoginOptions loginOptions, PrintWriter err) {
        URI server = serverUri(client);
        Login login = login(loginOptions, client.verbose, err);
        CredentialChoice.Chosen chosen = new CredentialChoice(environment).choose(options, new CredentialChoice.Sources() {
            @Override
            public Credentials minted() {
                return tokens(tokenOptions);
            }

            @Override
            public CredentialChoice.Chosen storedLogin() {
                return login.stored(server).map(stored -> loggedIn(login, server, stored, loginOptions)).orElse(null);
            }

            @Override
            public CredentialChoice.Chosen login() {
                CredentialChoice.Chosen stored = storedLogin();
                return stored != null ? stored : new CredentialChoice.Chosen(
                        new LoginCredentials(login, server, config.client().refreshMargin(), null), "a new login", false);
            }
        });
        if (client.verbose) {
            err.println("* Credential: " + (chosen.minted() ? chosen.source() : "the token from " + chosen.source()));
            err.flush();
        }
        return chosen;
    }

    /** The login machinery of this run, its store in the configuration folder. */
    public Login login(LoginOptions options, boolean verbose, PrintWriter err) {
        return new Login(TokenStore.inConfigHome(environment), new OAuthHttp(err, verbose), options, environment, signingKey,
                Clock.systemUTC());
    }

    private CredentialChoice.Chosen loggedIn(Login login, URI server, ObjectNode stored, LoginOptions options) {
        options.defaultsFrom(stored);
        return new CredentialChoice.Chosen(new LoginCredentials(login, server, config.client().refreshMargin(), stored),
                "the login at " + stored.path("issuer").asText(), false);
    }

    /** A client for the server named by {@code --server} or {@code mcp.server.url}; not yet initialized. */
    public McpClient client(ClientOptions options, Credentials credentials, PrintWriter err) {
        return new McpClient(serverUri(options), credentials, new ExchangeLog(err, options.verbose),
                notification -> showNotification(notification, err), elicitation(err));
    }

    /** On a terminal the person answers a server's questions; otherwise the schema's defaults do. */
    private static ElicitationAnswers elicitation(PrintWriter err) {
        if (System.console() == null) {
            return ElicitationAnswers.nonInteractive();
        }
        return new ElicitationAnswers(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), err);
    }

    public URI serverUri(ClientOptions options) {
        String url = options.server != null ? options.server : config.serverUrl();
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException unreadable) {
            // reported below
        }
        throw new CliException(ExitCodes.USAGE, "--server needs an http or https URL such as http://localhost:8000/mcp, got '"
                + url + "'.");
    }

    /** Progress and log messages, on stderr as they arrive, so stdout holds only the result. */
    static void showNotification(JsonNode notification, PrintWriter err) {
        JsonNode params = notification.path("params");
        switch (notification.path("method").asText()) {
            case "notifications/progress" -> err.println("⏳ Progress " + number(params.path("progress"))
                    + (params.has("total") ? "/" + number(params.path("total")) : "")
                    + (params.has("message") ? ": " + params.path("message").asText() : ""));
            case "notifications/message" -> err.println("📝 [" + params.path("level").asText("info") + "] "
                    + (params.path("data").isTextual() ? params.path("data").asText() : params.path("data").toString()));
            default -> {
                return;
            }
        }
        err.flush();
    }

    /** 1.0 as 1, 0.5 as 0.5. */
    private static String number(JsonNode value) {
        double number = value.asDouble();
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : value.asText();
    }
}
