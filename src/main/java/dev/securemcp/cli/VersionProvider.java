package dev.securemcp.cli;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the application's name and version as the build recorded them
 * ({@code quarkus.application.name} and {@code quarkus.application.version}, from the pom).
 */
public class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Config config = ConfigProvider.getConfig();
        String name = config.getOptionalValue("quarkus.application.name", String.class).orElse("secure-mcp");
        String version = config.getOptionalValue("quarkus.application.version", String.class).orElse("unknown");
        return new String[] { name + " " + version };
    }
}
