package dev.securemcp.transport;

import dev.securemcp.auth.BearerRefusals;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.JsonRpc;

/** Transport failures: an HTTP status with a JSON-RPC error body that says what to fix. */
final class HttpErrors {

    private HttpErrors() {
    }

    static HttpAnswer of(int status, int code, String message) {
        return HttpAnswer.json(status, JsonRpc.error(null, code, message, null));
    }

    /** The body of a refusal outside JSON-RPC (a filter's 403 or 429): an OAuth-style error and its description. */
    static String oauthBody(String error, String description) {
        return BearerRefusals.errorBody(error, description);
    }

    static HttpAnswer badRequest(String message) {
        return of(400, ErrorCode.INVALID_REQUEST, message);
    }

    static HttpAnswer sessionNotFound() {
        return of(404, ErrorCode.SESSION_NOT_FOUND,
                "Session not found: it ended or expired. Send initialize to open a new one.");
    }

    static HttpAnswer missingSession() {
        return badRequest("Bad Request: the Mcp-Session-Id header is required after initialize.");
    }

    static HttpAnswer notAcceptable(String needed) {
        return of(406, ErrorCode.INVALID_REQUEST, "Not Acceptable: the Accept header must list " + needed + ".");
    }
}
