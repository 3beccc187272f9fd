package dev.securemcp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonRpcTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonRpcMessage read(String json) throws Exception {
        return JsonRpc.read(MAPPER.readTree(json));
    }

    @Test
    void aMessageWithIdAndMethodIsARequest() throws Exception {
        JsonRpcRequest request = assertInstanceOf(JsonRpcRequest.class,
                read("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"ping\"}"));
        assertEquals("ping", request.method());
        assertTrue(request.params().isEmpty());
    }

    @Test
    void aMessageWithoutIdIsANotification() throws Exception {
        assertInstanceOf(JsonRpcNotification.class, read("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
    }

    @Test
    void aMessageWithIdAndResultIsAResponse() throws Exception {
        assertInstanceOf(JsonRpcResponse.class, read("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{}}"));
    }

    @Test
    void aWrongJsonrpcVersionIsInvalid() {
        McpException failure = assertThrows(McpException.class, () -> read("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}"));
        assertEquals(ErrorCode.INVALID_REQUEST, failure.code());
    }

    @Test
    void aNullIdOnARequestIsInvalid() {
        assertThrows(McpException.class, () -> read("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}"));
    }

    @Test
    void aFractionalIdIsInvalid() {
        assertThrows(McpException.class, () -> read("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}"));
    }

    @Test
    void arrayParamsAreInvalid() {
        assertThrows(McpException.class, () -> read("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":[1]}"));
    }

    @Test
    void aResponseWithBothResultAndErrorIsInvalid() {
        assertThrows(McpException.class,
                () -> read("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{},\"error\":{\"code\":1,\"message\":\"x\"}}"));
    }

    @Test
    void anErrorWithoutIdCarriesIdNull() {
        JsonNode error = JsonRpc.error(null, ErrorCode.PARSE_ERROR, "Parse error", null);
        assertTrue(error.has("id"));
        assertTrue(error.get("id").isNull());
        assertEquals(-32700, error.at("/error/code").asInt());
    }

    @Test
    void theProgressTokenIsReadFromMeta() throws Exception {
        JsonRpcRequest request = (JsonRpcRequest) read(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"_meta\":{\"progressToken\":\"t\"}}}");
        assertEquals("t", request.progressToken().asText());
    }
}
