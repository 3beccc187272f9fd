package dev.securemcp.cli.login;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.cli.CliException;
import dev.securemcp.cli.ExitCodes;
import dev.securemcp.cli.client.CliJson;

/**
 * The logins and client registrations, one JSON file each in {@code $XDG_CONFIG_HOME/secure-mcp/}
 * (else {@code ~/.config/secure-mcp/}): the folder 700, the files 600, each written to a temporary
 * file and moved into place, every read-change-write under one lock file, so two commands that
 * refresh at once cannot lose a rotated refresh token.
 */
public final class TokenStore {
    private final Path dir;

    public TokenStore(Path dir) {
        this.dir = dir;
    }

    /** The folder the environment names. */
    public static TokenStore inConfigHome(Function<String, String> environment) {
        String xdg = environment.apply("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new TokenStore(base.resolve("secure-mcp"));
    }

    public Path dir() {
        return dir;
    }

    /** The login for this authorization server and resource. */
    static String loginName(String issuer, String resource) {
        return "login-" + hash(issuer + " " + resource) + ".json";
    }

    /** The client registered at this authorization server. */
    static String clientName(String issuer) {
        return "client-" + hash(issuer) + ".json";
    }

    Optional<ObjectNode> read(String name) {
        return locked(() -> readUnlocked(name));
    }

    /** Changes one file under the lock: {@code change} gets the current content (or null) and returns the new (null deletes). */
    ObjectNode update(String name, UnaryOperator<ObjectNode> change) {
        return locked(() -> {
            ObjectNode next = change.apply(readUnlocked(name).orElse(null));
            if (next == null) {
                Files.deleteIfExists(dir.resolve(name));
            } else {
                write(name, next);
            }
            return next;
        });
    }

    /** The first login file whose {@code server} or {@code resource} is this URL. */
    Optional<ObjectNode> loginFor(String server) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return locked(() -> {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "login-*.json")) {
                for (Path file : files) {
                    Optional<ObjectNode> login = readUnlocked(file.getFileName().toString());
                    if (login.isPresent() && (server.equals(login.get().path("server").asText())
                            || server.equals(login.get().path("resource").asText()))) {
                        return login;
                    }
                }
            }
            return Optional.empty();
        });
    }

    private Optional<ObjectNode> readUnlocked(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode json = CliJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        return json instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    }

    private void write(String name, ObjectNode content) throws IOException {
        Path temporary = Files.createTempFile(dir, ".write-", ".tmp", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temporary, content.toPrettyString(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private <T> T locked(Step<T> step) {
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    FileLock ignored = channel.lock()) {
                return step.run();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof CliException known) {
                throw known;
            }
            throw new CliException(ExitCodes.SOFTWARE, "The token store " + dir + " cannot be used (" + broken.getMessage() + ").",
                    broken);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
