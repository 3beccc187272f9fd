package dev.securemcp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.securemcp.testing.JarRun;

/** {@code --version} on the packaged jar prints the build's version (the pom's, handed over by failsafe). */
class VersionIT {

    @Test
    void versionPrintsTheBuildsVersionAndExits0() throws Exception {
        String expected = System.getProperty("secure-mcp.version");
        assertNotNull(expected, "failsafe passes the pom's version as secure-mcp.version");
        Path dir = Files.createTempDirectory("secure-mcp-version");
        for (String flag : new String[] { "--version", "-V" }) {
            JarRun run = JarRun.run(dir, Map.of(), List.of(), flag);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("secure-mcp " + expected, run.out().strip(), flag);
            assertEquals("", run.err(), flag);
        }
    }
}
