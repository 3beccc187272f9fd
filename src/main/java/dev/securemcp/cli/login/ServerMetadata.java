package dev.securemcp.cli.login;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;

/** Finds and checks an authorization server's metadata (RFC 8414, OpenID Connect Discovery). */
final class ServerMetadata {

    private ServerMetadata() {
    }

    /**
     * "For issuer URLs with path components, clients MUST try: OAuth 2.0 Authorization Server
     * Metadata with path insertion, OpenID Connect Discovery 1.0 with path insertion, OpenID
     * Connect Discovery 1.0 path appending. For issuer URLs without path components: OAuth 2.0
     * Authorization Server Metadata, OpenID Connect Discovery 1.0" (2025-11-25 authorization,
     * "Authorization Server Metadata Discovery").
     */
    static List<URI> candidates(URI issuer) {
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        String path = issuer.getRawPath() == null ? "" : issuer.getRawPath().replaceAll("/+$", "");
        List<URI> candidates = new ArrayList<>();
        candidates.add(URI.create(origin + "/.well-known/oauth-authorization-server" + path));
        candidates.add(URI.create(origin + "/.well-known/openid-configuration" + path));
        if (!path.isEmpty()) {
            candidates.add(URI.create(origin + path + "/.well-known/openid-configuration"));
        }
        return candidates;
    }

    static AuthorizationServerMetadata discover(URI issuer, OAuthHttp http) {
        for (URI candidate : candidates(issuer)) {
            HTTPResponse response = http.get(candidate);
            if (response.getStatusCode() != 200) {
                continue;
            }
            AuthorizationServerMetadata metadata;
            try {
                metadata = AuthorizationServerMetadata.parse(response.getBody());
            } catch (ParseException unusable) {
                throw LoginFailures.noMetadata("the authorization server metadata at " + candidate + " is not valid ("
                        + unusable.getMessage() + ")");
            }
            // "The "issuer" value returned MUST be identical to the authorization server's issuer
            // identifier value into which the well-known URI string was inserted" (RFC 8414 section 3.3).
            if (!sameIssuer(metadata.getIssuer().getValue(), issuer.toString())) {
                throw LoginFailures.noMetadata("the authorization server metadata at " + candidate + " names the issuer "
                        + metadata.getIssuer() + ", not " + issuer);
            }
            http.detail("Authorization server metadata from " + candidate);
            return metadata;
        }
        throw LoginFailures.noMetadata("the authorization server " + issuer + " publishes no metadata (RFC 8414 or OpenID "
                + "discovery)");
    }

    /** Identical, except for the trailing slash that a URL parser adds to an empty path. */
    private static boolean sameIssuer(String published, String expected) {
        return published.equals(expected) || published.equals(expected + "/") || (published + "/").equals(expected);
    }
}
