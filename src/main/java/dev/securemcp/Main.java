package dev.securemcp;

import java.util.Map;

import dev.securemcp.cli.CommandLineMode;
import dev.securemcp.ops.StartupWarmUp;
import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * One jar, two roles: {@code serve} (the default) runs the server; every other command is a CLI run.
 * The packaged jar, {@code quarkus:dev} and {@code @QuarkusMainTest} all start here.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        Map<String, String> previous = CommandLineMode.configure(args);
        if (CommandLineMode.serves(args)) {
            StartupWarmUp.start();
        }
        try {
            Quarkus.run(PicocliRunner.class, args);
        } finally {
            CommandLineMode.restore(previous);
        }
    }
}
