package dev.securemcp.cli.client;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** With {@code -v}: the HTTP exchange on stderr, the token's signature masked. */
public final class ExchangeLog {
    private final PrintWriter err;
    private final boolean enabled;

    public ExchangeLog(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    public static ExchangeLog off(PrintWriter err) {
        return new ExchangeLog(err, false);
    }

    void request(String method, String url, Map<String, String> headers, String body) {
        if (!enabled) {
            return;
        }
        err.println("> " + method + " " + url);
        headers.forEach((name, value) -> {
            if (value != null) {
                err.println("> " + name + ": " + (name.equalsIgnoreCase("Authorization") ? mask(value) : value));
            }
        });
        if (body != null) {
            err.println("> " + body);
        }
        err.flush();
    }

    void response(int status, Map<String, List<String>> headers) {
        if (!enabled) {
            return;
        }
        err.println("< " + status);
        headers.forEach((name, values) -> err.println("< " + name + ": " + String.join(", ", values)));
        err.flush();
    }

    void body(String line) {
        if (enabled) {
            err.println("< " + line);
            err.flush();
        }
    }

    /** {@code Bearer header.payload.signature} with the signature replaced. */
    static String mask(String authorization) {
        int lastDot = authorization.lastIndexOf('.');
        return lastDot < 0 ? "Bearer <hidden>" : authorization.substring(0, lastDot + 1) + "<signature hidden>";
    }
}
