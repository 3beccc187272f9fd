package dev.securemcp.transport;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.JsonRpc;

/** Transport failures: an HTTP status with a JSON-RPC error body that says what to fix. */
final class HttpErrors {

    private HttpErrors() {
    }

    static Response of(int status, JsonNode id, int code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonRpc.error(id, code, message, null).toString())
                .build();
    }

    /** The body of a refusal outside JSON-RPC (a filter's 403 or 429): an OAuth-style error and its description. */
    static String oauthBody(String error, String description) {
        return JsonNodeFactory.instance.objectNode().put("error", error).put("error_description", description).toString();
    }

    static Response badRequest(String message) {
        return of(400, null, ErrorCode.INVALID_REQUEST, message);
    }

    static Response sessionNotFound() {
        return of(404, null, ErrorCode.SESSION_NOT_FOUND,
                "Session not found: it ended or expired. Send initialize to open a new one.");
    }

    static Response missingSession() {
        return badRequest("Bad Request: the Mcp-Session-Id header is required after initialize.");
    }

    static Response notAcceptable(String needed) {
        return of(406, null, ErrorCode.INVALID_REQUEST, "Not Acceptable: the Accept header must list " + needed + ".");
    }
}
