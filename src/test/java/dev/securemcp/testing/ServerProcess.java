package dev.securemcp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real secure-mcp server in its own process: the packaged jar ({@code ./mvnw package} builds it
 * before the integration tests run), started in a scratch working directory whose {@code keys/}
 * holds the TEST-ONLY key pair, on a random port. As a test resource it points the CLI under test
 * ({@code mcp.server.url}) at it.
 */
public class ServerProcess implements QuarkusTestResourceLifecycleManager {
    /** Quarkus's start line; the port must be followed by another character, so a half-written line never matches. */
    public static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)\\D");
    /** Generous: a loaded CI machine can take a long time to start a JVM. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private Process process;
    private Path workDir;
    private Path log;
    private int port;

    public static Path packagedJar() {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the CLI integration tests run after './mvnw package'.");
        }
        return jar;
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A scratch directory with {@code keys/private.pem} and {@code keys/public.pem} (the test pair). */
    public static Path workDirWithTestKeys() throws IOException {
        Path dir = Files.createTempDirectory("secure-mcp-it");
        Files.createDirectories(dir.resolve("keys"));
        for (String name : List.of("private.pem", "public.pem")) {
            try (InputStream in = ServerProcess.class.getClassLoader().getResourceAsStream("test-keys/" + name)) {
                Files.copy(in, dir.resolve("keys").resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** Starts the server in {@code dir} (which must hold keys/public.pem) and waits until it listens. */
    public void startIn(Path dir, String... extraArgs) throws IOException, InterruptedException {
        this.workDir = dir;
        this.log = dir.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(java(), "-Dquarkus.http.port=0", "-Dquarkus.management.port=0"));
        command.addAll(List.of(extraArgs));
        command.addAll(List.of("-jar", packagedJar().toString(), "serve"));
        process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Matcher listening = LISTENING.matcher(log());
            if (listening.find()) {
                port = Integer.parseInt(listening.group(1));
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped at start:\n" + log());
            }
            Thread.sleep(100);
        }
        stop();
        throw new IllegalStateException("The server did not start within " + START_TIMEOUT + ":\n" + log());
    }

    /**
     * Kills the server at once: SIGKILL on Linux, so no shutdown hook runs and the requests in flight
     * on it are cut off, as when a replica dies. {@link #restart} starts it again.
     */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            process = null;
        }
    }

    /**
     * Starts the server again, after {@link #kill} or {@link #stop}, in the same work directory and on
     * the same port (the last {@code -D} of a name wins), with the given settings; the previous run's
     * log is kept as {@code server.previous.log}.
     */
    public void restart(String... extraArgs) throws IOException, InterruptedException {
        if (process != null) {
            throw new IllegalStateException("The server is still running: kill or stop it first.");
        }
        Files.move(log, workDir.resolve("server.previous.log"), StandardCopyOption.REPLACE_EXISTING);
        List<String> settings = new ArrayList<>(List.of(extraArgs));
        settings.add("-Dquarkus.http.port=" + port);
        startIn(workDir, settings.toArray(String[]::new));
    }

    public String mcpUrl() {
        return "http://localhost:" + port + "/mcp";
    }

    public int port() {
        return port;
    }

    public Path workDir() {
        return workDir;
    }

    /** The running server's process (for tests that signal it themselves). */
    public Process process() {
        return process;
    }

    /** What the server has written so far; a character cut in half by a concurrent write is replaced, not an error. */
    public String log() throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    }

    @Override
    public Map<String, String> start() {
        try {
            startIn(workDirWithTestKeys());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        return Map.of("mcp.server.url", mcpUrl());
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }
}
