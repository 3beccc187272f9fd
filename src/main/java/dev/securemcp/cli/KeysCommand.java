package dev.securemcp.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.securemcp.auth.KeyPairFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keys generate}: an RSA key pair for signing (CLI) and verifying (server) tokens. */
@Command(name = "keys", description = "Manage the token signing keys.", subcommands = KeysCommand.Generate.class,
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public class KeysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CliException(ExitCodes.USAGE, "Name a keys subcommand: 'keys generate'.");
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Write private.pem (PKCS#8, owner-only) and public.pem; never overwrites without --force.")
    public static class Generate implements Callable<Integer> {
        static final int MIN_BITS = 2048;

        @Spec
        CommandSpec spec;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "keys", description = "Where to write (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--bits", paramLabel = "N", defaultValue = "2048", description = "RSA key size (default: ${DEFAULT-VALUE}).")
        int bits;

        @Option(names = "--force", description = "Overwrite an existing pair.")
        boolean force;

        @Option(names = "-v", description = "Show details of a failure.")
        boolean verbose;

        @Override
        public Integer call() {
            if (bits < MIN_BITS || bits > 16384) {
                throw new CliException(ExitCodes.USAGE, "--bits must be between " + MIN_BITS + " and 16384.");
            }
            try {
                KeyPairFiles.generate(dir, bits, force);
            } catch (FileAlreadyExistsException exists) {
                throw new CliException(ExitCodes.USAGE, "The key file " + exists.getFile()
                        + " already exists: pass --force to overwrite the pair, or choose another --dir.");
            } catch (IOException | SecurityException failed) {
                throw new CliException(ExitCodes.KEY_FILE, "Could not write the key pair to " + dir + ": "
                        + failed.getMessage() + ".", failed);
            }
            spec.commandLine().getOut().printf("Wrote %s (private, owner-only) and %s (public), RSA %d.%n",
                    dir.resolve(KeyPairFiles.PRIVATE_KEY), dir.resolve(KeyPairFiles.PUBLIC_KEY), bits);
            return ExitCodes.OK;
        }
    }
}
