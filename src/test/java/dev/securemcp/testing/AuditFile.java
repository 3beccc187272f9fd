package dev.securemcp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running server's audit log (mcp.audit.file), oldest event first, rotated files included: the
 * file outlives a test run (target/ is not cleaned between runs) and may rotate in the middle of one.
 */
public final class AuditFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditFile() {
    }

    public static List<JsonNode> events() {
        Path file = Path.of(ConfigProvider.getConfig().getValue("mcp.audit.file", String.class));
        List<Path> files = new ArrayList<>();
        for (int n = 1; Files.exists(file.resolveSibling(file.getFileName() + "." + n)); n++) {
            files.add(0, file.resolveSibling(file.getFileName() + "." + n));
        }
        files.add(file);
        List<JsonNode> events = new ArrayList<>();
        try {
            for (Path part : files) {
                for (String line : Files.readAllLines(part)) {
                    events.add(JSON.readTree(line));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return events;
    }
}
