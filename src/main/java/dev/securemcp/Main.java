package dev.securemcp;

import dev.securemcp.cli.CommandLineMode;
import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** One jar, two roles: {@code serve} (the default) runs the server; every other command is a CLI run. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        CommandLineMode.configure(args);
        Quarkus.run(PicocliRunner.class, args);
    }
}
