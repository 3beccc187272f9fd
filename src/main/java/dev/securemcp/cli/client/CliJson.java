package dev.securemcp.cli.client;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one Jackson mapper of the CLI, made on first use: picocli builds every command and option
 * class on each run (the server's too), and a mapper built in their static initializers would
 * cost every run Jackson's start-up, needed or not.
 */
public final class CliJson {

    private CliJson() {
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
