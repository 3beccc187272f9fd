package dev.securemcp.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Small page size and a short tool timeout, to exercise paging and timeouts quickly. */
public class SmallLimitsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mcp.page-size", "2", "mcp.tool.timeout", "1S");
    }
}
