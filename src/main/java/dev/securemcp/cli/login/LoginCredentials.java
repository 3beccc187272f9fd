package dev.securemcp.cli.login;

import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.cli.client.Challenge;
import dev.securemcp.cli.client.Credentials;

/**
 * The tokens of a login: the stored access token, refreshed {@code mcp.client.refresh-margin}
 * before it expires; after a 401 a refresh, else a new login; after a 403 insufficient_scope a new
 * login for the union of the scopes asked so far and the challenge's.
 */
public final class LoginCredentials implements Credentials {
    private final Login login;
    private final URI server;
    private final Duration margin;
    private ObjectNode current;

    public LoginCredentials(Login login, URI server, Duration margin, ObjectNode stored) {
        this.login = login;
        this.server = server;
        this.margin = margin;
        this.current = stored;
    }

    @Override
    public String current() {
        if (current == null) {
            return null;
        }
        if (login.expiresWithin(current, margin) && current.hasNonNull("refresh_token")) {
            current = login.refresh(current);
        }
        return current.path("access_token").asText(null);
    }

    @Override
    public String renew(Challenge challenge) {
        if (current != null && current.hasNonNull("refresh_token")) {
            String before = current.path("access_token").asText();
            current = login.refresh(current);
            if (!before.equals(current.path("access_token").asText())) {
                return current.path("access_token").asText();
            }
        }
        current = login.logIn(server, challenge, null);
        return current.path("access_token").asText(null);
    }

    @Override
    public String stepUp(Challenge challenge) {
        current = login.logIn(server, challenge, current == null ? null : current.path("requested_scope").asText(null));
        return current.path("access_token").asText(null);
    }

    @Override
    public String whenRejected() {
        return "Log in again with 'secure-mcp login --server " + server + "'.";
    }

    @Override
    public String whenLackingScope() {
        return "the login could not get it; ask the authorization server's admin for it";
    }
}
