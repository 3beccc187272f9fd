package dev.securemcp.replicas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway {@code redis-server} (the Debian package) on a free loopback port, without
 * persistence. It fails, never skips, when the binary is missing or the server does not answer.
 * Stopped and started again on the same port for the outage test.
 */
final class RedisServer {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path dir;
    private int port;
    private Process process;

    RedisServer(Path dir) {
        this.dir = dir;
    }

    /** Starts on a free port, trying another one if it was taken meanwhile. */
    void start() throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            port = FreePorts.next();
            try {
                startOnSamePort();
                return;
            } catch (IOException failed) {
                last = failed;
            }
        }
        throw last;
    }

    void startOnSamePort() throws IOException, InterruptedException {
        Path log = dir.resolve("redis-" + port + ".log");
        process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("redis-server stopped at start:\n" + Files.readString(log));
            }
            if (cli("PING").equals("PONG")) {
                return;
            }
            Thread.sleep(50);
        }
        stop();
        throw new IOException("redis-server did not answer PING within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            process = null;
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** One command through {@code redis-cli}; its output without the last line break. */
    String cli(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
        line.addAll(List.of(command));
        Process cli = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        cli.waitFor(10, TimeUnit.SECONDS);
        return out;
    }
}
