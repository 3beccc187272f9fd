package dev.securemcp.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of the packaged jar as a separate process, as a user runs it. */
public record JarRun(int exitCode, String out, String err) {

    /**
     * Runs {@code java [jvmArgs] -jar quarkus-run.jar [args]} in {@code dir} with the given extra
     * environment; stdout and stderr are decoded as UTF-8.
     */
    public static JarRun run(Path dir, Map<String, String> env, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ServerProcess.java());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(ServerProcess.packagedJar().toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The CLI did not finish within 180 s: " + command);
        }
        return new JarRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
