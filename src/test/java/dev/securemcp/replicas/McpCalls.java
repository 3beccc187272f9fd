package dev.securemcp.replicas;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Stateless (2026-07-28) tools/call requests, from this process or from a chosen loopback address. */
final class McpCalls {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private McpCalls() {
    }

    static HttpResponse<String> greet(URI server, String token) throws IOException, InterruptedException {
        return HTTP.send(toolCall(server, token, "greet", "{\"name\":\"Ada\"}"), HttpResponse.BodyHandlers.ofString());
    }

    static CompletableFuture<HttpResponse<String>> greetAsync(URI server, String token) {
        return HTTP.sendAsync(toolCall(server, token, "greet", "{\"name\":\"Ada\"}"), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> revoke(URI server, String adminToken, String jti) throws IOException, InterruptedException {
        return HTTP.send(toolCall(server, adminToken, "revoke_token", "{\"jti\":\"" + jti + "\"}"),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest toolCall(URI server, String token, String tool, String arguments) {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + ",\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
        return HttpRequest.newBuilder(server).timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", "tools/call")
                .header("Mcp-Name", tool)
                .build();
    }

    /**
     * The status of a POST to /mcp with a token that fails authentication, sent from the loopback
     * address {@code from} (all of 127.0.0.0/8 is this machine), with an optional X-Forwarded-For.
     */
    static int badTokenFrom(String from, int port, String forwardedFor) throws IOException {
        String body = "{}";
        String request = "POST /mcp HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Bearer not.a.token\r\n"
                + "Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                statusLine.append((char) c);
            }
            String[] parts = statusLine.toString().split(" ");
            if (parts.length < 2) {
                throw new IOException("No HTTP status line: '" + statusLine + "'");
            }
            return Integer.parseInt(parts[1]);
        }
    }
}
