package dev.securemcp.testing;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Keys from a real {@link JwksServer} kept for {@link #CACHE_MS} only, looked at every
 * {@link #LOOK_MS}: a change of the JWKS is seen within seconds without any token asking for it.
 */
public class ShortJwksCacheProfile implements QuarkusTestProfile {
    public static final long CACHE_MS = 2000;
    public static final long LOOK_MS = 500;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mcp.auth.jwks-cache", CACHE_MS + "MS", "mcp.auth.jwks-min-refetch-interval", LOOK_MS + "MS");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(JwksServer.class));
    }
}
