package dev.securemcp.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.securemcp.cli.TokenMinter.MintedToken;

class TokenSourceTest {
    private static final Instant START = Instant.ofEpochSecond(1_800_000_000L);
    private final AtomicInteger minted = new AtomicInteger();
    private Instant now = START;

    private TokenSource source() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new TokenSource(() -> new MintedToken("t" + minted.incrementAndGet(), now.plusSeconds(300)),
                Duration.ofSeconds(60), clock);
    }

    @Test
    void theTokenIsReusedUntilTheMarginBeforeExpiry() {
        TokenSource tokens = source();
        assertEquals("t1", tokens.current());
        now = START.plusSeconds(239);
        assertEquals("t1", tokens.current());
    }

    @Test
    void aFreshTokenIsMintedWithinTheMargin() {
        TokenSource tokens = source();
        assertEquals("t1", tokens.current());
        now = START.plusSeconds(240);
        assertEquals("t2", tokens.current());
    }

    @Test
    void freshAlwaysMints() {
        TokenSource tokens = source();
        assertEquals("t1", tokens.current());
        assertEquals("t2", tokens.fresh());
        assertEquals("t2", tokens.current());
    }
}
