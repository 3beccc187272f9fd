package dev.securemcp.auth;

import java.security.Key;

import org.jose4j.keys.resolvers.VerificationKeyResolver;

/** A source of verification keys that can tell whether a key it handed out is still in the key set. */
interface KeySource extends VerificationKeyResolver {

    /** The standing of {@code key}, or null when it is no longer among this source's keys. */
    KeyStanding standing(Key key);
}
