package dev.securemcp.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.cli.client.CliJson;

import picocli.CommandLine.Option;

/**
 * The TOKEN OPTIONS, the same on every command that mints a token. Defaults are the seed's claims.
 */
public class TokenOptions {
    public static final String DEFAULT_SUBJECT = "hello@world.com";
    public static final String DEFAULT_ISSUER = "http://localhost:8000";
    public static final String DEFAULT_AUDIENCE = "my-mcp-server";
    public static final String DEFAULT_SCOPE = "read write";
    public static final long DEFAULT_TTL = 3600;

    @Option(names = "--sub", paramLabel = "S", description = "Subject, the user id (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_SUBJECT)
    String subject = DEFAULT_SUBJECT;

    @Option(names = "--scope", paramLabel = "\"S1 S2\"", description = "Space-separated scopes (default: ${DEFAULT-VALUE}).",
            defaultValue = DEFAULT_SCOPE)
    String scope = DEFAULT_SCOPE;

    @Option(names = "--roles", paramLabel = "\"R1 R2\"", description = "Space- or comma-separated roles, sent as groups.")
    String roles;

    @Option(names = "--ttl", paramLabel = "SECONDS", description = "Lifetime in seconds (default: ${DEFAULT-VALUE}).",
            defaultValue = "3600")
    long ttl = DEFAULT_TTL;

    @Option(names = "--iss", paramLabel = "I", description = "Issuer (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT_ISSUER)
    String issuer = DEFAULT_ISSUER;

    @Option(names = "--aud", paramLabel = "A", description = "Audience (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT_AUDIENCE)
    String audience = DEFAULT_AUDIENCE;

    @Option(names = "--jti", paramLabel = "ID", description = "Token id (default: a random UUID).")
    String jti;

    @Option(names = "--claim", paramLabel = "KEY=VALUE",
            description = "Any further claim (repeatable); a VALUE that is JSON (number, true, [..], {..}) is sent as such.")
    List<String> claims = new ArrayList<>();

    /** The claims of a token issued at {@code now}, in the order they are written. */
    public Map<String, Object> claims(Instant now) {
        if (ttl <= 0) {
            throw new CliException(ExitCodes.USAGE, "--ttl must be a positive number of seconds.");
        }
        long issuedAt = now.getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("aud", audience);
        claims.put("scope", String.join(" ", words(scope)));
        claims.put("scopes", words(scope));
        List<String> groups = words(roles);
        if (!groups.isEmpty()) {
            claims.put("groups", groups);
        }
        claims.put("iat", issuedAt);
        claims.put("exp", issuedAt + ttl);
        claims.put("jti", jti == null ? UUID.randomUUID().toString() : jti);
        for (String claim : this.claims == null ? List.<String>of() : this.claims) {
            int equals = claim.indexOf('=');
            if (equals <= 0) {
                throw new CliException(ExitCodes.USAGE, "--claim needs KEY=VALUE, got '" + claim + "'.");
            }
            claims.put(claim.substring(0, equals), value(claim.substring(equals + 1)));
        }
        return claims;
    }

    public long ttlSeconds() {
        return ttl;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.trim().split("[\\s,]+")).filter(word -> !word.isEmpty()).toList();
    }

    private static Object value(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || !(trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.equals("true")
                || trimmed.equals("false") || trimmed.matches("-?\\d+(\\.\\d+)?"))) {
            return text;
        }
        try {
            JsonNode parsed = CliJson.mapper().readTree(trimmed);
            return CliJson.mapper().convertValue(parsed, Object.class);
        } catch (JsonProcessingException notJson) {
            return text;
        }
    }
}
