package dev.securemcp.cli.login;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.securemcp.cli.client.Challenge;
import dev.securemcp.protocol.ProtocolVersion;

/** Asks the MCP server, without a token, how to get one: its 401 and WWW-Authenticate challenge. */
public final class ServerProbe {

    private ServerProbe() {
    }

    /** The server's challenge; {@link Challenge#NONE} when it does not answer 401 (the well-known fallbacks then apply). */
    public static Challenge challenge(URI server) {
        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                + ProtocolVersion.LATEST.wire() + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"secure-mcp-cli\",\"version\":\"1\"}}}";
        HttpRequest request = HttpRequest.newBuilder(server).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(initialize)).build();
        try {
            HttpResponse<Void> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build().send(request, HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 401 ? Challenge.parse(answer.headers().firstValue("WWW-Authenticate").orElse(null))
                    : Challenge.NONE;
        } catch (IOException unreachable) {
            throw LoginFailures.unreachable(server.toString(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw LoginFailures.cancelled("it was interrupted");
        }
    }
}
