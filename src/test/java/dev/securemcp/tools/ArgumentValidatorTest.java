package dev.securemcp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ArgumentValidatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA = """
            {"type":"object","required":["name"],"properties":{
              "name":{"type":"string"},
              "count":{"type":"integer"},
              "mode":{"type":"string","enum":["a","b"]},
              "tags":{"type":"array","items":{"type":"string"}}}}""";

    private static String problem(String arguments) throws Exception {
        return ArgumentValidator.firstProblem((ObjectNode) MAPPER.readTree(SCHEMA), (ObjectNode) MAPPER.readTree(arguments))
                .orElse(null);
    }

    @Test
    void validArgumentsPass() throws Exception {
        assertEquals(null, problem("{\"name\":\"x\",\"count\":3,\"mode\":\"a\",\"tags\":[\"t\"]}"));
    }

    @Test
    void aMissingRequiredArgumentIsNamed() throws Exception {
        assertEquals("Missing required argument 'name'.", problem("{}"));
    }

    @Test
    void aWrongTypeIsNamed() throws Exception {
        assertEquals("'count' must be an integer.", problem("{\"name\":\"x\",\"count\":\"3\"}"));
    }

    @Test
    void aValueOutsideTheEnumIsNamed() throws Exception {
        assertTrue(problem("{\"name\":\"x\",\"mode\":\"c\"}").startsWith("'mode' must be one of"));
    }

    @Test
    void arrayItemsAreChecked() throws Exception {
        assertEquals("'tags'[1] must be a string.", problem("{\"name\":\"x\",\"tags\":[\"a\",2]}"));
    }
}
