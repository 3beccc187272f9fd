package dev.securemcp;

import dev.securemcp.config.McpConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The project's {@code mcp.*} settings with their defaults, outside Quarkus. */
public final class BenchConfig {
    private BenchConfig() {
    }

    public static McpConfig defaults() {
        return new SmallRyeConfigBuilder().withMapping(McpConfig.class).build().getConfigMapping(McpConfig.class);
    }
}
