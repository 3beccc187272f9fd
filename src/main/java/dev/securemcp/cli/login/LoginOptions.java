package dev.securemcp.cli.login;

import java.time.Duration;

import picocli.CommandLine.Option;

/** How to log in: the grant, the client's identity and the browser. */
public class LoginOptions {

    @Option(names = "--device", description = "Log in with the device authorization grant (RFC 8628): a code to enter on another device.")
    public boolean device;

    @Option(names = "--client-credentials", description = "Log in as the client itself (client credentials grant): with "
            + "--client-secret, else a private_key_jwt assertion (RFC 7523) signed with --private-key.")
    public boolean clientCredentials;

    @Option(names = "--client-id", paramLabel = "ID", description = "A client id registered with the authorization server.")
    public String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET", description = "The pre-registered client's secret.")
    public String clientSecret;

    @Option(names = "--client-metadata-url", paramLabel = "URL",
            description = "This client's Client ID Metadata Document, used as its client id where the server supports that.")
    public String clientMetadataUrl;

    @Option(names = "--private-key", paramLabel = "FILE", description = "The key that signs the client assertion "
            + "(default: smallrye.jwt.sign.key.location, keys/private.pem).")
    public String privateKey;

    @Option(names = "--no-browser", description = "Print the login URL instead of opening a browser.")
    public boolean noBrowser;

    @Option(names = "--login-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "How long to wait for the browser or device login (default: ${DEFAULT-VALUE}).")
    public long timeoutSeconds = 300;

    Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }

    String grant() {
        return clientCredentials ? "client_credentials" : device ? "device_code" : "authorization_code";
    }

    /** A stored login is renewed the way it was made, unless this command says otherwise. */
    public void defaultsFrom(com.fasterxml.jackson.databind.node.ObjectNode stored) {
        if (clientId != null || clientCredentials || device) {
            return;
        }
        String grant = stored.path("grant").asText("");
        clientCredentials = grant.equals("client_credentials");
        device = grant.equals("device_code");
        if (clientCredentials) {
            clientId = stored.path("client").path("client_id").asText(null);
            clientSecret = stored.path("client").path("client_secret").asText(null);
            privateKey = stored.path("client").path("private_key").asText(null);
        }
    }
}
