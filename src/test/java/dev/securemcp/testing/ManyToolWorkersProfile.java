package dev.securemcp.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Enough tool workers that a round of 100+ blocking calls can all be in flight at once. */
public class ManyToolWorkersProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mcp.tool.worker-threads", "128", "mcp.tool.max-queued-calls", "128");
    }
}
