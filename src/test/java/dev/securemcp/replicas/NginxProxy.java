package dev.securemcp.replicas;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * nginx (the Debian package) in a folder of its own on a free loopback port: plain round-robin over
 * the replicas, no affinity, the client's address in {@code X-Forwarded-For} (replacing whatever the
 * client sent, so a client cannot choose its address). Fails, never skips, when it cannot start.
 */
final class NginxProxy {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path dir;
    private int port;
    private Process process;

    NginxProxy(Path dir) {
        this.dir = dir;
    }

    void start(List<Integer> replicaPorts) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("temp"));
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            port = FreePorts.next();
            Files.writeString(dir.resolve("nginx.conf"), config(replicaPorts));
            try {
                run();
                return;
            } catch (IOException failed) {
                last = failed;
            }
        }
        throw last;
    }

    private void run() throws IOException, InterruptedException {
        Path log = dir.resolve("nginx.out");
        process = new ProcessBuilder(List.of("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("nginx stopped at start:\n" + Files.readString(log) + readIfThere(dir.resolve("error.log")));
            }
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        stop();
        throw new IOException("nginx did not listen within " + START_TIMEOUT + ":\n" + readIfThere(dir.resolve("error.log")));
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

    int port() {
        return port;
    }

    private String config(List<Integer> replicaPorts) {
        String servers = replicaPorts.stream().map(p -> "    server 127.0.0.1:" + p + ";").collect(Collectors.joining("\n"));
        String temp = dir.resolve("temp").toString();
        return """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %2$s/body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  upstream replicas {
                %3$s
                  }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / {
                      proxy_pass http://replicas;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_buffering off;
                      proxy_read_timeout 1h;
                    }
                  }
                }
                """.formatted(dir, temp, servers, port);
    }

    private static String readIfThere(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
