package dev.securemcp.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Small page size and a short tool timeout, to exercise paging and timeouts quickly. */
public class SmallLimitsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        // 3 s: short enough to wait for, long enough that a loaded machine never times out a tool that works.
        return Map.of("mcp.page-size", "2", "mcp.tool.timeout", "3S");
    }
}
