package dev.securemcp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProtocolVersionTest {

    @Test
    void aSupportedVersionIsEchoed() {
        assertEquals(ProtocolVersion.V2025_06_18, ProtocolVersion.negotiate("2025-06-18"));
    }

    @Test
    void anUnknownVersionGetsTheLatest() {
        assertEquals(ProtocolVersion.LATEST, ProtocolVersion.negotiate("2099-01-01"));
    }

    @Test
    void onlyTheOldestRevisionAllowsBatches() {
        assertTrue(ProtocolVersion.V2025_03_26.allowsBatches());
        assertFalse(ProtocolVersion.V2025_06_18.allowsBatches());
        assertFalse(ProtocolVersion.V2025_11_25.allowsBatches());
    }

    @Test
    void initializeNeverNegotiatesTheStatelessRevision() {
        assertEquals(ProtocolVersion.V2025_11_25, ProtocolVersion.negotiate("2026-07-28"));
    }
}
