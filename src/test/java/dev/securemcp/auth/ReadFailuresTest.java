package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

class ReadFailuresTest {

    @Test
    void aRefusedConnectionIsSaidInWords() {
        assertEquals("connection refused", ReadFailures.describe(new ConnectException("Connection refused")));
    }

    @Test
    void aTimeoutIsSaidInWords() {
        assertEquals("timed out", ReadFailures.describe(new SocketTimeoutException("Read timed out")));
    }

    @Test
    void aMissingFileIsSaidInWords() {
        assertEquals("no such file", ReadFailures.describe(new NoSuchFileException("/keys/public.pem")));
    }

    @Test
    void anyOtherFailureNamesNoClass() {
        assertEquals("input/output error", ReadFailures.describe(new IOException("odd")));
    }
}
