package dev.securemcp.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartupWarmUpTest {

    @Test
    void everyStepRunsWithTheLibrariesOfThisBuild() {
        assertTrue(StartupWarmUp.run(), "a warm-up step failed: the warm-up would end early and warm nothing after it");
    }
}
