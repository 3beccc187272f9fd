package dev.securemcp.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExchangeLogTest {

    @Test
    void theSignatureIsMasked() {
        assertEquals("Bearer aaa.bbb.<signature hidden>", ExchangeLog.mask("Bearer aaa.bbb.c2lnbmF0dXJl"));
    }

    @Test
    void somethingThatIsNoJwtIsHiddenWhole() {
        assertEquals("Bearer <hidden>", ExchangeLog.mask("Bearer opaque-secret"));
    }
}
