package dev.securemcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One question for the client: a server-to-client method and its params. */
public record ClientQuestion(String method, ObjectNode params) {
}
