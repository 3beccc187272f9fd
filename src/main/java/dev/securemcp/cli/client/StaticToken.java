package dev.securemcp.cli.client;

/** A token the user gave (--token, --token-file, SECURE_MCP_TOKEN): sent as is, never renewed. */
public final class StaticToken implements Credentials {
    private final String token;

    public StaticToken(String token) {
        this.token = token;
    }

    @Override
    public String current() {
        return token;
    }

    @Override
    public String renew(Challenge challenge) {
        return null;
    }

    @Override
    public String whenRejected() {
        return "Get a new token and pass it with --token-file, --token or SECURE_MCP_TOKEN.";
    }

    @Override
    public String whenLackingScope() {
        return "get a token that includes it";
    }
}
