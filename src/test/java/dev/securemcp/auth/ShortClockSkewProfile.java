package dev.securemcp.auth;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** One second of clock skew, so that a token can expire during a test. */
public class ShortClockSkewProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mp.jwt.verify.clock.skew", "1");
    }
}
