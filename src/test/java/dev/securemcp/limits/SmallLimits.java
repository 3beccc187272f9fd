package dev.securemcp.limits;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Every explicit limit set low, so each test can reach it with a few requests. */
public class SmallLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mcp.session.max-per-subject", "2",
                "mcp.session.max-total", "6",
                "mcp.sse.max-streams-per-session", "2",
                "mcp.tool.timeout", "3S",
                "mcp.tool.worker-threads", "2",
                "mcp.tool.max-queued-calls", "1",
                "mcp.json.max-depth", "16",
                "mcp.json.max-string-length", "1000",
                "quarkus.http.limits.max-body-size", "10K");
    }
}
