package dev.securemcp.cli.login;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpServer;

/**
 * The redirect target of a browser login: {@code http://127.0.0.1:PORT/callback} on a free port
 * ("loopback interface redirection", RFC 8252 section 7.3), which takes the first request to the
 * callback path and answers the browser with a short page.
 */
final class LoopbackReceiver implements AutoCloseable {
    private static final String PATH = "/callback";
    private final HttpServer server;
    private final CompletableFuture<URI> received = new CompletableFuture<>();

    LoopbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, exchange -> {
            byte[] page = "<!doctype html><title>secure-mcp</title><p>The login is done; you can close this window.</p>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
            received.complete(URI.create(redirectUri() + (exchange.getRequestURI().getRawQuery() == null ? ""
                    : "?" + exchange.getRequestURI().getRawQuery())));
        });
        server.start();
    }

    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The full redirect URI the browser came back with. */
    URI await(Duration timeout) {
        try {
            return received.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw LoginFailures.cancelled("no answer from the browser within " + timeout.toSeconds() + " s; run login again");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw LoginFailures.cancelled("it was interrupted");
        } catch (ExecutionException impossible) {
            throw LoginFailures.cancelled("the redirect could not be read");
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
