package dev.securemcp.transport;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import dev.securemcp.config.McpConfig;
import dev.securemcp.protocol.ErrorCode;
import dev.securemcp.protocol.McpException;

/** JSON in and out of the wire, with the configured nesting limit; built once. */
@ApplicationScoped
public class McpJson {
    private final ObjectMapper mapper;

    @Inject
    public McpJson(McpConfig config) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(config.json().maxDepth())
                        .maxStringLength(config.json().maxStringLength())
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** Parses one message body; -32700 when it is not JSON or is too deeply nested. */
    public JsonNode read(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || node instanceof MissingNode) {
                throw new McpException(ErrorCode.PARSE_ERROR, "Parse error: the body is empty.");
            }
            return node;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException tooBig) {
            throw new McpException(ErrorCode.PARSE_ERROR, String.valueOf(tooBig.getMessage()).contains("nesting depth")
                    ? "Parse error: the JSON is nested too deeply."
                    : "Parse error: a string, name or number in the JSON is too long.");
        } catch (IOException unreadable) {
            throw new McpException(ErrorCode.PARSE_ERROR, "Parse error: the body is not valid JSON.");
        }
    }

    public byte[] write(JsonNode message) {
        try {
            return mapper.writeValueAsBytes(message);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree could not be written", impossible);
        }
    }
}
