package dev.securemcp;

import java.time.Duration;

import dev.securemcp.config.McpConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The project's {@code mcp.*} settings with their defaults, outside Quarkus. */
public final class BenchConfig {
    private BenchConfig() {
    }

    public static McpConfig defaults() {
        return new SmallRyeConfigBuilder()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(McpConfig.class)
                .build()
                .getConfigMapping(McpConfig.class);
    }
}
