package dev.securemcp.transport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An answer of /mcp that is not a request's result on its {@link ResponseChannel}: a refusal before
 * dispatch (400, 404, 406, 415, 429, 503), the 202 of a notification or response, the 204 of DELETE,
 * a batch's array, a failed initialize. Written by {@link ResponseChannels#answer}, like every answer.
 *
 * @param body the JSON body, or null for none
 * @param retryAfter the Retry-After header's value in seconds, or null
 */
record HttpAnswer(int status, JsonNode body, String retryAfter) {

    static HttpAnswer json(int status, JsonNode body) {
        return new HttpAnswer(status, body, null);
    }

    /** A status without a body: 202 Accepted, 204 No Content. */
    static HttpAnswer empty(int status) {
        return new HttpAnswer(status, null, null);
    }

    HttpAnswer retryAfter(long seconds) {
        return new HttpAnswer(status, body, Long.toString(seconds));
    }
}
