package dev.securemcp.auth;

import java.security.Key;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;

/**
 * The standing of each key of a key set that is fetched again from time to time. A key keeps its
 * standing while it stays in the set (public keys compare by value); one missing from a newly
 * fetched set is withdrawn, and if it comes back later it gets a new standing.
 */
final class KeyStandings {
    private volatile List<JsonWebKey> seen;
    private volatile Map<Key, KeyStanding> current = Map.of();

    /**
     * Takes {@code keys} as the key set. Cheap when it is the list already seen: jose4j hands back
     * the same list until a fetch succeeds. Returns whether the set was new.
     */
    boolean track(List<JsonWebKey> keys) {
        if (keys == seen) {
            return false;
        }
        return reconcile(keys);
    }

    private synchronized boolean reconcile(List<JsonWebKey> keys) {
        if (keys == seen) {
            return false;
        }
        Map<Key, KeyStanding> previous = current;
        Map<Key, KeyStanding> next = new HashMap<>();
        for (JsonWebKey jwk : keys) {
            Key key = jwk.getKey();
            if (key != null) {
                next.computeIfAbsent(key, k -> previous.getOrDefault(k, new KeyStanding()));
            }
        }
        previous.forEach((key, standing) -> {
            if (!next.containsKey(key)) {
                standing.withdraw();
            }
        });
        current = Map.copyOf(next);
        seen = keys;
        return true;
    }

    /** The standing of a key of the current set, or null when the key is not (or no longer) in it. */
    KeyStanding of(Key key) {
        return key == null ? null : current.get(key);
    }

    int size() {
        return current.size();
    }
}
