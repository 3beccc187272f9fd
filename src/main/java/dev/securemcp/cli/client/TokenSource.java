package dev.securemcp.cli.client;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import dev.securemcp.cli.TokenMinter.MintedToken;

/**
 * The client's current token: a fresh one is minted when the current one is within the refresh
 * margin of its expiry, so a long session never dies of expiry.
 */
public final class TokenSource implements Credentials {
    private final Supplier<MintedToken> minter;
    private final Duration margin;
    private final Clock clock;
    private MintedToken current;

    public TokenSource(Supplier<MintedToken> minter, Duration margin, Clock clock) {
        this.minter = minter;
        this.margin = margin;
        this.clock = clock;
    }

    /** The token to send now. */
    @Override
    public synchronized String current() {
        if (current == null || !clock.instant().isBefore(current.expiresAt().minus(margin))) {
            current = minter.get();
        }
        return current.token();
    }

    /** Mints a new token whatever the state of the current one (after a 401). */
    public synchronized String fresh() {
        current = minter.get();
        return current.token();
    }

    @Override
    public String renew(Challenge challenge) {
        return fresh();
    }

    @Override
    public String whenRejected() {
        return "Mint one the server accepts (check --iss, --aud, --ttl and the signing key).";
    }

    @Override
    public String whenLackingScope() {
        return "mint one with --scope that includes it";
    }
}
