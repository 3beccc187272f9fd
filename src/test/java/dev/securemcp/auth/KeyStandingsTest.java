package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;

import dev.securemcp.testing.JwksServer;

/** Key standings across fetched key sets: kept while present, withdrawn when gone, new when back. */
class KeyStandingsTest {
    private static final KeyPair A = JwksServer.rsa();
    private static final KeyPair B = JwksServer.ecP256();

    private final KeyStandings standings = new KeyStandings();

    /** A freshly parsed JWK, as each fetch makes: equal key material, new objects. */
    private static JsonWebKey jwk(KeyPair pair) throws Exception {
        return PublicJsonWebKey.Factory.newPublicJwk(pair.getPublic());
    }

    @Test
    void aKeyInEveryFetchKeepsItsStanding() throws Exception {
        standings.track(List.of(jwk(A), jwk(B)));
        KeyStanding first = standings.of(A.getPublic());
        assertTrue(standings.track(List.of(jwk(A), jwk(B))));
        assertSame(first, standings.of(A.getPublic()));
        assertTrue(first.inForce());
    }

    @Test
    void aKeyMissingFromAFetchIsWithdrawnAndTheOthersAreNot() throws Exception {
        standings.track(List.of(jwk(A), jwk(B)));
        KeyStanding a = standings.of(A.getPublic());
        KeyStanding b = standings.of(B.getPublic());
        standings.track(List.of(jwk(B)));
        assertFalse(a.inForce());
        assertTrue(b.inForce());
        assertNull(standings.of(A.getPublic()));
    }

    @Test
    void aKeyThatComesBackGetsANewStanding() throws Exception {
        standings.track(List.of(jwk(A)));
        KeyStanding before = standings.of(A.getPublic());
        standings.track(List.of(jwk(B)));
        standings.track(List.of(jwk(A)));
        assertNotSame(before, standings.of(A.getPublic()));
        assertTrue(standings.of(A.getPublic()).inForce());
        assertFalse(before.inForce());
    }

    @Test
    void theSameListAgainChangesNothing() throws Exception {
        List<JsonWebKey> keys = List.of(jwk(A));
        assertTrue(standings.track(keys));
        assertFalse(standings.track(keys));
    }
}
