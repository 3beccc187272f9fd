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

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.securemcp.access.Caller;
import dev.securemcp.config.McpConfig;
import io.quarkus.arc.ClientProxy;

/** Turns a validated {@link JsonWebToken} into the {@link Caller} that tools and access rules see. */
@ApplicationScoped
public class CallerFactory {
    private static final Logger LOG = Logger.getLogger(CallerFactory.class);
    private final List<ClaimPath> rolesClaims;
    /** Callers of tokens served from the VerifiedTokenCache, by token instance (weak keys compare by identity). */
    private final Cache<JsonWebToken, Caller> known;

    @Inject
    public CallerFactory(McpConfig config) {
        this(config.auth().rolesClaims(),
                config.auth().tokenCache().enabled() ? config.auth().tokenCache().maxEntries() : 0);
    }

    CallerFactory(List<String> rolesClaims) {
        this(rolesClaims, 0);
    }

    /**
     * @param rolesClaims claim paths ({@link ClaimPath}): {@code groups}, {@code realm_access.roles}
     * @param remembered how many callers of cached tokens to keep; 0 derives the caller every time */
    CallerFactory(List<String> rolesClaims, long remembered) {
        this.rolesClaims = ClaimPath.parseAll(rolesClaims);
        // Maintenance on the calling thread, as in VerifiedTokenCache.
        this.known = remembered > 0
                ? Caffeine.newBuilder().executor(Runnable::run).weakKeys().maximumSize(remembered).build()
                : null;
    }

    public Caller from(JsonWebToken token) {
        if (known == null) {
            return build(token);
        }
        return known.get(ClientProxy.unwrap(token), this::build);
    }

    private Caller build(JsonWebToken token) {
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
