package dev.securemcp.cli.login;

import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;

import dev.securemcp.cli.CliException;
import dev.securemcp.cli.ExitCodes;

/** Who the client is at one authorization server: its id, secret and token endpoint authentication method. */
record ClientIdentity(String id, String secret, String method, String privateKey) {

    /** How the client authenticates at the token endpoint; null for a public client ("none"). */
    ClientAuthentication authentication(String issuer) {
        ClientID client = new ClientID(id);
        return switch (method) {
            case "client_secret_basic" -> new ClientSecretBasic(client, new Secret(secret));
            case "client_secret_post" -> new ClientSecretPost(client, new Secret(secret));
            case "private_key_jwt" -> assertion(client, issuer);
            default -> null;
        };
    }

    /**
     * RFC 7523 section 3: iss and sub are the client id; the audience is the authorization server's
     * issuer identifier (the value the MCP client-credentials extension and RFC 7523bis ask for).
     */
    private ClientAuthentication assertion(ClientID client, String issuer) {
        PrivateKey key = PrivateKeys.read(privateKey);
        JWSAlgorithm algorithm = key instanceof ECPrivateKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
        Date now = new Date();
        JWTAuthenticationClaimsSet claims = new JWTAuthenticationClaimsSet(client, List.of(new Audience(issuer)),
                new Date(now.getTime() + 300_000), now, now, new JWTID());
        try {
            return new PrivateKeyJWT(claims, algorithm, key, null, null);
        } catch (JOSEException unusable) {
            throw new CliException(ExitCodes.KEY_FILE, "The key " + privateKey + " cannot sign a client assertion ("
                    + unusable.getMessage() + ").", unusable);
        }
    }

    /**
     * The registration's method when it names one, else the best the server supports for this
     * client: a secret goes in the Basic header where allowed (RFC 8414's default), else the body.
     */
    static String method(String registered, String secret, List<ClientAuthenticationMethod> supported) {
        if (registered != null) {
            return registered;
        }
        if (secret == null) {
            return "none";
        }
        if (supported == null || supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)) {
            return "client_secret_basic";
        }
        return supported.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST) ? "client_secret_post" : "client_secret_basic";
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("client_id", id).put("method", method);
        if (secret != null) {
            json.put("client_secret", secret);
        }
        if (privateKey != null) {
            json.put("private_key", privateKey);
        }
        return json;
    }

    static ClientIdentity fromJson(ObjectNode json) {
        return new ClientIdentity(json.path("client_id").asText(), json.path("client_secret").asText(null),
                json.path("method").asText("none"), json.path("private_key").asText(null));
    }

}
