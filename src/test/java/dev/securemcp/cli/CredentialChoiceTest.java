package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.securemcp.cli.client.Credentials;
import dev.securemcp.cli.client.StaticToken;

/** The documented order: --auth; else --token/--token-file, SECURE_MCP_TOKEN, a stored login, the signing key. */
class CredentialChoiceTest {
    private static final Credentials MINTED = new StaticToken("minted");
    private static final Credentials STORED = new StaticToken("stored");
    private static final Credentials LOGGED_IN = new StaticToken("new-login");

    private static CredentialChoice.Sources sources(boolean storedLogin) {
        return new CredentialChoice.Sources() {
            @Override
            public Credentials minted() {
                return MINTED;
            }

            @Override
            public CredentialChoice.Chosen storedLogin() {
                return storedLogin ? new CredentialChoice.Chosen(STORED, "the login", false) : null;
            }

            @Override
            public CredentialChoice.Chosen login() {
                return new CredentialChoice.Chosen(LOGGED_IN, "the login", false);
            }
        };
    }

    private static CredentialChoice.Chosen choose(Map<String, String> env, boolean storedLogin, String... options) {
        CredentialOptions parsed = new CredentialOptions();
        for (int i = 0; i < options.length; i += 2) {
            switch (options[i]) {
                case "--token" -> parsed.token = options[i + 1];
                case "--auth" -> parsed.auth = options[i + 1];
                default -> throw new IllegalArgumentException(options[i]);
            }
        }
        return new CredentialChoice(env::get).choose(parsed, sources(storedLogin));
    }

    @Test
    void theTokenOptionComesBeforeTheEnvironmentAndAStoredLogin() {
        CredentialChoice.Chosen chosen = choose(Map.of("SECURE_MCP_TOKEN", "env"), true, "--token", "given");
        assertEquals("given", chosen.credentials().current());
        assertEquals("--token", chosen.source());
    }

    @Test
    void theEnvironmentComesBeforeAStoredLogin() {
        CredentialChoice.Chosen chosen = choose(Map.of("SECURE_MCP_TOKEN", " env \n"), true);
        assertEquals("env", chosen.credentials().current());
        assertEquals("SECURE_MCP_TOKEN", chosen.source());
    }

    @Test
    void aStoredLoginComesBeforeTheSigningKey() {
        assertEquals(STORED, choose(Map.of(), true).credentials());
        CredentialChoice.Chosen minted = choose(Map.of(), false);
        assertEquals(MINTED, minted.credentials());
        assertEquals(true, minted.minted());
    }

    @Test
    void authSelfAndAuthLoginOverrideEveryOtherSource() {
        assertEquals(MINTED, choose(Map.of("SECURE_MCP_TOKEN", "env"), true, "--token", "given", "--auth", "self").credentials());
        assertEquals(LOGGED_IN, choose(Map.of("SECURE_MCP_TOKEN", "env"), false, "--auth", "login").credentials());
    }

    @Test
    void authTokenWithoutATokenIsAUsageError() {
        CliException failure = assertThrows(CliException.class, () -> choose(Map.of(), true, "--auth", "token"));
        assertEquals(ExitCodes.USAGE, failure.exitCode());
        assertEquals("--auth token needs --token, --token-file or SECURE_MCP_TOKEN.", failure.getMessage());
    }

    @Test
    void anUnknownAuthModeIsAUsageError() {
        assertEquals("--auth takes self, login or token, got 'magic'.",
                assertThrows(CliException.class, () -> choose(Map.of(), false, "--auth", "magic")).getMessage());
    }

    @Test
    void aTokenWithALineBreakIsRefusedWithoutEchoingIt() {
        CliException failure = assertThrows(CliException.class,
                () -> choose(Map.of("SECURE_MCP_TOKEN", "abc\r\nX-Injected: secret"), false));
        assertEquals(ExitCodes.USAGE, failure.exitCode());
        assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
    }
}
