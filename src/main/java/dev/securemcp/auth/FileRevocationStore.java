package dev.securemcp.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.securemcp.config.McpConfig;

/**
 * Revoked ids in memory, appended one a line to {@code mcp.revocation.file} and read back on start
 * ({@code mcp.store=memory}; {@code dev.securemcp.store.StoreSelection} hands it out).
 */
@ApplicationScoped
@Typed(FileRevocationStore.class)
public class FileRevocationStore implements RevocationStore {
    private static final Logger LOG = Logger.getLogger(FileRevocationStore.class);

    private final Path file;
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    @Inject
    public FileRevocationStore(McpConfig config) {
        this(Path.of(config.revocation().file()));
    }

    FileRevocationStore(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        revoked.add(line.strip());
                    }
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read the revocation file " + file, unreadable);
            }
            LOG.infof("%d revoked token ids read from %s", revoked.size(), file);
        }
    }

    @Override
    public boolean isRevoked(String jti) {
        return jti != null && revoked.contains(jti);
    }

    @Override
    public synchronized boolean revoke(String jti) {
        if (jti.isBlank() || jti.contains("\n") || jti.contains("\r")) {
            throw new IllegalArgumentException("A token id is one non-blank line.");
        }
        if (revoked.contains(jti)) {
            return false;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(StandardCharsets.UTF_8.encode(jti + "\n"));
                // A revocation must survive a crash the moment the admin is told it is done.
                channel.force(false);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write the revocation file " + file, failed);
        }
        revoked.add(jti);
        return true;
    }
}
