package dev.securemcp.auth;

/**
 * Whether one verification key is still in the key set. A cached token keeps the standing of the key
 * that verified it and reads it on every hit (one volatile read), so a key dropped from the JWKS
 * stops its cached tokens as soon as the server has seen the new key set.
 */
public final class KeyStanding {
    /** For keys that cannot leave the key set while the server runs (a PEM file is read once). */
    public static final KeyStanding PERMANENT = new KeyStanding();

    private volatile boolean withdrawn;

    public boolean inForce() {
        return !withdrawn;
    }

    void withdraw() {
        withdrawn = true;
    }
}
