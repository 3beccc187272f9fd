package dev.securemcp.auth;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.securemcp.access.Caller;
import dev.securemcp.config.McpConfig;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns a bearer token into the caller's identity, as smallrye-jwt's own {@link MpJwtValidator}
 * does, with a {@link VerifiedTokenCache} in front. First the request's one Authorization header
 * ({@link BearerHeader}) and the token's compact syntax ({@link CompactJws}) are checked, so that the
 * cache never holds, nor is asked for, a string that is not a canonical compact JWS. A token seen
 * before and not yet expired then skips parsing and the signature check; on a miss (or with the cache
 * switched off) the {@link TokenVerifier} does the full check, and its failures surface exactly as
 * MpJwtValidator's do (an {@link AuthenticationFailedException} caused by the parser's exception), so
 * the 401 still names the kind. A hit is refused when its {@code jti} has been revoked since it was
 * cached (one set lookup), so a revocation holds from the next request on whatever path recorded it,
 * and treated as a miss when the key that verified it has left the key set, so that the full check
 * refuses it as it would refuse any token signed with an unknown key.
 */
@ApplicationScoped
@Unremovable
public class CachingTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Inject
    TokenVerifier verifier;

    @Inject
    VerificationKeys keys;

    @Inject
    VerifiedTokenCache cache;

    @Inject
    MpJwtValidator validator;

    @Inject
    McpConfig config;

    @Inject
    RevocationStore revocations;

    @Inject
    CallerFactory callers;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before smallrye-jwt's own validator, which has the default priority (SYSTEM_FIRST + 1). */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof JsonWebTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        String token;
        try {
            token = bearerToken(request);
        } catch (TokenRefusedException refused) {
            return Uni.createFrom().failure(new AuthenticationFailedException(refused));
        }
        // Only a string that passed the compact-JWS scan is ever put in the cache, so a hit has passed
        // it: the scan runs on a miss, before anything decodes, parses or caches the string.
        VerifiedTokenCache.Verified hit = config.auth().tokenCache().enabled() ? cache.find(token) : null;
        if (hit != null) {
            try {
                refuseRevoked(hit.token());
            } catch (AuthenticationFailedException revoked) {
                return Uni.createFrom().failure(revoked);
            }
            Caller caller = hit.caller() != null ? hit.caller() : callers.from(hit.token());
            return Uni.createFrom().item(identity(request, hit.token(), caller, hit.roles()));
        }
        TokenFailure malformed = CompactJws.problem(token, verifier.maxTokenLength());
        if (malformed != null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(new TokenRefusedException(malformed)));
        }
        if (validator.isBlockingAuthentication()) {
            return context.runBlocking(() -> verify(request, token));
        }
        try {
            return Uni.createFrom().item(verify(request, token));
        } catch (AuthenticationFailedException refused) {
            return Uni.createFrom().failure(refused);
        }
    }

    /** The token of the request's one Authorization header (else refused). */
    private static String bearerToken(TokenAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return routing == null ? BearerHeader.token("Bearer " + request.getToken().getToken())
                : BearerHeader.token(routing.request().headers().getAll(HttpHeaders.AUTHORIZATION));
    }

    private SecurityIdentity verify(TokenAuthenticationRequest request, String token) {
        long generation = cache.generation();
        TokenVerifier.Verified verified;
        try {
            verified = verifier.verify(token);
        } catch (ParseException refused) {
            throw new AuthenticationFailedException(refused);
        }
        JsonWebToken jwt = verified.token();
        refuseRevoked(jwt);
        Set<String> roles = jwt.getGroups() == null ? Set.of() : jwt.getGroups();
        Caller caller = callers.from(jwt);
        if (config.auth().tokenCache().enabled()) {
            cache.put(token, new VerifiedTokenCache.Verified(jwt, caller, roles, 0, keys.standing(verified.key())),
                    generation);
        }
        return identity(request, jwt, caller, roles);
    }

    /**
     * The one revocation check, on every request whether its token was cached or verified in full; a
     * revoked token is dropped from the cache.
     */
    private void refuseRevoked(JsonWebToken token) {
        String jti = token.getTokenID();
        if (revocations.isRevoked(jti)) {
            cache.forgetTokenId(jti);
            throw new AuthenticationFailedException(new ParseException("The token is refused.", new RevokedTokenException()));
        }
    }

    /** The same identity MpJwtValidator builds, bound to this request's routing context. */
    private static SecurityIdentity identity(TokenAuthenticationRequest request, JsonWebToken token, Caller caller,
            Set<String> roles) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredential(request.getToken())
                .addRoles(roles)
                .addAttribute("quarkus.user", token)
                .addAttribute(CallerIdentity.ATTRIBUTE, caller);
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) {
            builder.addAttribute(RoutingContext.class.getName(), routingContext);
        }
        return builder.build();
    }
}
