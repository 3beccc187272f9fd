package dev.securemcp.auth;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import javax.net.ssl.SSLException;

/** Says in words why a key source could not be read: readiness answers carry no Java class names. */
final class ReadFailures {
    private ReadFailures() {
    }

    static String describe(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        if (failure instanceof SocketTimeoutException) {
            return "timed out";
        }
        if (failure instanceof UnknownHostException) {
            return "unknown host";
        }
        if (failure instanceof SSLException) {
            return "TLS failure";
        }
        return "input/output error";
    }
}
