package dev.securemcp.replicas;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.securemcp.testing.ServerProcess;

/** One replica: the packaged jar in a work directory of its own, on ports of its own choosing. */
final class Replica {
    private static final Pattern MANAGEMENT = Pattern.compile("Management interface listening on http://[^:]+:(\\d+)\\D");

    private final ServerProcess process = new ServerProcess();
    private int managementPort;

    void start(Path workDir, String... settings) throws IOException, InterruptedException {
        process.startIn(workDir, settings);
        Matcher found = MANAGEMENT.matcher(process.log());
        if (!found.find()) {
            throw new IllegalStateException("No management port in the replica's log:\n" + process.log());
        }
        managementPort = Integer.parseInt(found.group(1));
    }

    URI mcp() {
        return URI.create(process.mcpUrl());
    }

    int port() {
        return process.port();
    }

    URI readiness() {
        return URI.create("http://localhost:" + managementPort + "/q/health/ready");
    }

    String log() throws IOException {
        return process.log();
    }

    void stop() {
        process.stop();
    }
}
