package dev.securemcp.state;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a request state carries between the rounds of one input-required exchange: whose it is,
 * until when, which request it belongs to, and the client's answers collected so far.
 */
public record SealedState(String subject, long expiresAtEpochSecond, String method, String name, ObjectNode answers) {
}
