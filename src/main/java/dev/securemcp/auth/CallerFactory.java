package dev.securemcp.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import dev.securemcp.access.Caller;
import dev.securemcp.config.McpConfig;

/** Turns a verified {@link JsonWebToken} into the {@link Caller} that tools and access rules see. */
@ApplicationScoped
public class CallerFactory {
    private static final Logger LOG = Logger.getLogger(CallerFactory.class);
    private final List<ClaimPath> rolesClaims;

    @Inject
    public CallerFactory(McpConfig config) {
        this(config.auth().rolesClaims());
    }

    /** @param rolesClaims claim paths ({@link ClaimPath}): {@code groups}, {@code realm_access.roles} */
    CallerFactory(List<String> rolesClaims) {
        this.rolesClaims = ClaimPath.parseAll(rolesClaims);
    }

    /**
     * The caller of a verified token. Built once a token, when it is verified: the
     * {@link VerifiedTokenCache} keeps it with the token, and the request's identity carries it
     * ({@link CallerIdentity}).
     */
    public Caller from(JsonWebToken token) {
        Set<String> scopes = new LinkedHashSet<>();
        addAll(scopes, token.getClaim("scope"));
        addAll(scopes, token.getClaim("scopes"));
        // Microsoft Entra ID and Okta name their scopes scp (a string or an array).
        addAll(scopes, token.getClaim("scp"));
        Set<String> roles = new LinkedHashSet<>();
        for (ClaimPath claim : rolesClaims) {
            addAll(roles, claim.resolve(token));
        }
        String subject = token.getSubject() != null ? token.getSubject() : token.getName();
        Set<String> audiences = token.getAudience() == null ? Set.of() : token.getAudience();
        Caller caller = new Caller(subject, token.getIssuer(), audiences, scopes, roles,
                Instant.ofEpochSecond(token.getExpirationTime()), token.getTokenID());
        if (LOG.isDebugEnabled()) {
            // The validated claims only: the raw token never reaches a log line.
            LOG.debugf("Validated token: sub=%s iss=%s aud=%s scopes=%s roles=%s exp=%s jti=%s", caller.subject(),
                    caller.issuer(), caller.audiences(), caller.scopes(), caller.roles(), caller.expiresAt(),
                    caller.tokenId());
        }
        return caller;
    }

    /** Claim values come as a space-separated string, a JSON array, or a set (groups). */
    private static void addAll(Set<String> into, Object claim) {
        if (claim == null) {
            return;
        }
        if (claim instanceof JsonString text) {
            split(into, text.getString());
        } else if (claim instanceof String text) {
            split(into, text);
        } else if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString text) {
                    into.add(text.getString());
                }
            }
        } else if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                if (value instanceof JsonString text) {
                    into.add(text.getString());
                } else if (value instanceof String text) {
                    into.add(text);
                }
            }
        }
    }

    private static void split(Set<String> into, String text) {
        for (String part : text.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                into.add(part);
            }
        }
    }
}
