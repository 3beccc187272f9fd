package dev.securemcp.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.securemcp.auth.KeyLocations;
import dev.securemcp.tools.ToolRegistry;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

/** Runs the MCP server until the process is stopped. */
@Dependent
@Command(name = "serve", description = "Run the MCP server (the default command).")
public class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger("secure-mcp");
    static final int KEY_MISSING = 6;

    @Inject
    ToolRegistry tools;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKey;

    @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost")
    String host;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8000")
    int port;

    @Override
    public Integer call() {
        Optional<Path> keyFile = publicKey.flatMap(KeyLocations::asFile);
        if (keyFile.isPresent() && !Files.isReadable(keyFile.get()) && LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            System.err.println("The public key file " + keyFile.get() + " is missing or unreadable: create a key pair with "
                    + "'java -jar target/quarkus-app/quarkus-run.jar keys generate --dir "
                    + (keyFile.get().getParent() == null ? "." : keyFile.get().getParent()) + "'"
                    + " or set mp.jwt.verify.publickey.location.");
            return KEY_MISSING;
        }
        String shownHost = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        LOG.infof("Starting secure-mcp server on http://%s:%d/mcp", shownHost, port);
        LOG.infof("Available tools: %s", tools.all().stream().map(t -> t.spec().name()).collect(Collectors.joining(", ")));
        Quarkus.waitForExit();
        return 0;
    }
}
