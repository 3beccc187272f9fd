package dev.securemcp.replicas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A real redis-server without persistence, two replicas of the packaged jar with
 * {@code mcp.store=redis} on it (keys under a prefix of their own, each replica in a work directory
 * of its own) and nginx round-robin without affinity in front of them: started together, stopped
 * together. Starting fails, never skips, when any of them cannot start.
 */
final class ReplicaPair implements AutoCloseable {
    /** Makes a replica's work directory (it must hold keys/public.pem). */
    interface WorkDir {
        Path make() throws IOException;
    }

    private final String prefix;
    private final RedisServer redis;
    private final Replica a = new Replica();
    private final Replica b = new Replica();
    private NginxProxy nginx;

    private ReplicaPair(String name, Path dir) {
        this.prefix = "it-" + name + "-" + UUID.randomUUID().toString().substring(0, 8) + ":";
        this.redis = new RedisServer(dir);
    }

    /** @param settings the replicas' own, besides the store's */
    static ReplicaPair start(String name, WorkDir workDir, String... settings) throws Exception {
        Path dir = Files.createTempDirectory("secure-mcp-" + name);
        ReplicaPair pair = new ReplicaPair(name, dir);
        pair.redis.start();
        List<String> all = new ArrayList<>(List.of("-Dmcp.store=redis", "-Dquarkus.redis.hosts=" + pair.redis.url(),
                "-Dmcp.store.redis.prefix=" + pair.prefix));
        all.addAll(List.of(settings));
        String[] arguments = all.toArray(String[]::new);
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> startReplica(pair.a, workDir, arguments)),
                CompletableFuture.runAsync(() -> startReplica(pair.b, workDir, arguments))).join();
        pair.nginx = new NginxProxy(Files.createDirectories(dir.resolve("nginx")));
        pair.nginx.start(List.of(pair.a.port(), pair.b.port()));
        return pair;
    }

    private static void startReplica(Replica replica, WorkDir workDir, String[] settings) {
        try {
            replica.start(workDir.make(), settings);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    Replica a() {
        return a;
    }

    Replica b() {
        return b;
    }

    RedisServer redis() {
        return redis;
    }

    NginxProxy nginx() {
        return nginx;
    }

    /** The key and channel prefix of this pair's replicas. */
    String prefix() {
        return prefix;
    }

    @Override
    public void close() throws Exception {
        if (nginx != null) {
            nginx.stop();
        }
        a.stop();
        b.stop();
        redis.stop();
    }
}
