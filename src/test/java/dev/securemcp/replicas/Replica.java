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
    private String[] settings = {};

    void start(Path workDir, String... settings) throws IOException, InterruptedException {
        this.settings = settings.clone();
        process.startIn(workDir, settings);
        readManagementPort();
    }

    /** Kills the replica with SIGKILL (no graceful shutdown: what is in flight on it is lost). */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** Starts the replica again after {@link #kill} or {@link #stop}: same folder, settings and MCP port. */
    void restart() throws IOException, InterruptedException {
        process.restart(settings);
        readManagementPort();
    }

    private void readManagementPort() throws IOException {
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
