package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

class VerifiedTokenCacheTest {
    private static final long NOW = 1_800_000_000_000L;

    private final AtomicLong clock = new AtomicLong(NOW);
    private final VerifiedTokenCache cache = new VerifiedTokenCache(100, clock::get);

    private static DefaultJWTCallerPrincipal verified(String jti, long expSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("someone");
        claims.setJwtId(jti);
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expSeconds));
        return new DefaultJWTCallerPrincipal("raw", "JWT", claims);
    }

    @Test
    void anEntryIsServedUntilTheTokensExpAndNotAfter() {
        long exp = NOW / 1000 + 60;
        cache.put("token-a", verified("a", exp), Set.of(), KeyStanding.PERMANENT, cache.generation());
        assertNotNull(cache.find("token-a"));
        clock.set(exp * 1000 - 1);
        assertNotNull(cache.find("token-a"));
        clock.set(exp * 1000);
        assertNull(cache.find("token-a"));
    }

    @Test
    void aTokenAlreadyPastItsExpIsNotKept() {
        cache.put("token-b", verified("b", NOW / 1000 - 1), Set.of(), KeyStanding.PERMANENT, cache.generation());
        assertNull(cache.find("token-b"));
    }

    @Test
    void forgettingAJtiDropsEveryTokenWithIt() {
        long exp = NOW / 1000 + 60;
        cache.put("token-c1", verified("c", exp), Set.of(), KeyStanding.PERMANENT, cache.generation());
        cache.put("token-c2", verified("c", exp), Set.of(), KeyStanding.PERMANENT, cache.generation());
        cache.put("token-d", verified("d", exp), Set.of(), KeyStanding.PERMANENT, cache.generation());
        cache.forgetTokenId("c");
        assertNull(cache.find("token-c1"));
        assertNull(cache.find("token-c2"));
        assertNotNull(cache.find("token-d"));
    }

    @Test
    void aVerificationThatRacedWithARevocationIsNotKept() {
        long before = cache.generation();
        cache.forgetTokenId("e");
        cache.put("token-e", verified("e", NOW / 1000 + 60), Set.of(), KeyStanding.PERMANENT, before);
        assertNull(cache.find("token-e"));
    }

    @Test
    void clearDropsEverything() {
        cache.put("token-f", verified("f", NOW / 1000 + 60), Set.of(), KeyStanding.PERMANENT, cache.generation());
        cache.clear();
        assertNull(cache.find("token-f"));
        assertEquals(0, cache.size());
    }

    @Test
    void theCacheIsBounded() {
        VerifiedTokenCache small = new VerifiedTokenCache(10, clock::get);
        for (int i = 0; i < 50; i++) {
            small.put("token-" + i, verified("g" + i, NOW / 1000 + 60), Set.of(), KeyStanding.PERMANENT, small.generation());
        }
        assertEquals(10, small.size());
    }

    @Test
    void anEntryWhoseKeyLeftTheKeySetIsNotServedAndIsDropped() {
        KeyStanding dropped = new KeyStanding();
        KeyStanding kept = new KeyStanding();
        cache.put("token-h", verified("h", NOW / 1000 + 60), Set.of(), dropped, cache.generation());
        cache.put("token-i", verified("i", NOW / 1000 + 60), Set.of(), kept, cache.generation());
        dropped.withdraw();
        assertNull(cache.find("token-h"));
        assertNotNull(cache.find("token-i"));
        assertEquals(1, cache.size());
    }

    @Test
    void aTokenVerifiedWithAKeyNoLongerCurrentIsNotKept() {
        KeyStanding withdrawn = new KeyStanding();
        withdrawn.withdraw();
        cache.put("token-j", verified("j", NOW / 1000 + 60), Set.of(), withdrawn, cache.generation());
        cache.put("token-k", verified("k", NOW / 1000 + 60), Set.of(), null, cache.generation());
        assertEquals(0, cache.size());
    }
}
