package dev.securemcp.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * In dev mode only: creates the key pair on first start when it is missing, so that
 * {@code ./mvnw quarkus:dev} works on a fresh clone. These are dev keys, never used elsewhere.
 */
@ApplicationScoped
public class DevKeyBootstrap {
    private static final Logger LOG = Logger.getLogger(DevKeyBootstrap.class);

    void onStart(@Observes StartupEvent start,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKey,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> privateKey) {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            return;
        }
        Optional<Path> publicFile = publicKey.flatMap(KeyLocations::asFile);
        Optional<Path> privateFile = privateKey.flatMap(KeyLocations::asFile);
        if (publicFile.isEmpty() || privateFile.isEmpty() || Files.exists(publicFile.get())) {
            return;
        }
        Path dir = publicFile.get().toAbsolutePath().getParent();
        if (!dir.equals(privateFile.get().toAbsolutePath().getParent())
                || !publicFile.get().getFileName().toString().equals(KeyPairFiles.PUBLIC_KEY)
                || !privateFile.get().getFileName().toString().equals(KeyPairFiles.PRIVATE_KEY)) {
            LOG.warnf("Key file %s is missing; create it with 'keys generate'.", publicFile.get());
            return;
        }
        try {
            KeyPairFiles.generate(dir, 2048, true);
            LOG.infof("Created a DEV-ONLY RSA key pair in %s (public.pem, private.pem)", dir);
        } catch (IOException failed) {
            LOG.errorf("Could not create dev keys in %s: %s", dir, failed.getMessage());
        }
    }
}
