package dev.securemcp.cli.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.securemcp.cli.CliException;
import dev.securemcp.cli.ExitCodes;

/** Turns what went wrong on the wire into the CLI's one sentence and exit code. */
final class AnswerFailures {
    private static final Pattern SCOPE = Pattern.compile("scope=\"([^\"]*)\"");

    private AnswerFailures() {
    }

    /** The request never got an answer: no server, a refused connection, or a broken one. */
    static CliException unreachable(String url, Throwable failure) {
        String why = connectionProblem(failure)
                ? "is the server running? Start it with 'java -jar target/quarkus-app/quarkus-run.jar serve' or pass --server URL."
                : "the connection failed (" + rootMessage(failure) + ").";
        return new CliException(ExitCodes.UNREACHABLE, "Cannot reach the MCP server at " + url + ": " + why, failure);
    }

    /** An HTTP error status. */
    static CliException status(int status, String wwwAuthenticate, String body, Credentials credentials) {
        JsonNode parsed = parse(body);
        if (status == 401) {
            String reason = parsed.path("error_description").asText("");
            return new CliException(ExitCodes.UNAUTHORIZED, "The server rejected the token (HTTP 401)"
                    + (reason.isBlank() ? "." : ": " + reason) + " " + credentials.whenRejected());
        }
        if (status == 403 && wwwAuthenticate != null && wwwAuthenticate.contains("insufficient_scope")) {
            Matcher scope = SCOPE.matcher(wwwAuthenticate);
            String needed = scope.find() ? scope.group(1) : "";
            return new CliException(ExitCodes.FORBIDDEN, "The token lacks a scope this needs (HTTP 403)"
                    + (needed.isBlank() ? "" : ": it needs scope '" + needed + "'")
                    + "; " + credentials.whenLackingScope() + (needed.isBlank() ? " (or with the needed roles)." : "."));
        }
        String message = parsed.path("error").isObject() ? parsed.path("error").path("message").asText("")
                : parsed.path("error_description").asText("");
        return new CliException(ExitCodes.ERROR_ANSWER, "The server answered HTTP " + status
                + (message.isBlank() ? "." : ": " + message));
    }

    /** A JSON-RPC error answer. */
    static CliException rpcError(String method, JsonNode error) {
        return new CliException(ExitCodes.ERROR_ANSWER, "The server answered " + method + " with error "
                + error.path("code").asText("?") + ": " + error.path("message").asText("no message"));
    }

    static CliException malformed(String what) {
        return new CliException(ExitCodes.ERROR_ANSWER, "The server's answer was not valid MCP: " + what + ".");
    }

    private static boolean connectionProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? "no detail" : root.getMessage();
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? CliJson.mapper().missingNode() : CliJson.mapper().readTree(body);
        } catch (Exception notJson) {
            return CliJson.mapper().missingNode();
        }
    }
}
