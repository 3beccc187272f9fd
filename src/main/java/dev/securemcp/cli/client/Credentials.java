package dev.securemcp.cli.client;

/**
 * Where the client's bearer token comes from: minted here, given by the user, or from a login.
 * The token itself never leaves through this interface except to go into the Authorization header.
 */
public interface Credentials {

    /** The token to send now, or null to send none (the server's 401 then says how to get one). */
    String current();

    /** After a 401: a token to retry with once, or null when there is no other. */
    String renew(Challenge challenge);

    /** After a 403 insufficient_scope: a token with the challenge's scopes, or null when this source cannot ask. */
    default String stepUp(Challenge challenge) {
        return null;
    }

    /** What the user can do when the server rejects the token (the end of a sentence). */
    String whenRejected();

    /** What the user can do when the token lacks a scope (the end of a sentence, after the scope). */
    String whenLackingScope();
}
