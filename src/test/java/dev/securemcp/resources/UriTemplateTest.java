package dev.securemcp.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class UriTemplateTest {
    private final UriTemplate template = new UriTemplate("test://template/{id}/data");

    @Test
    void aMatchingUriYieldsItsVariables() {
        assertEquals(Map.of("id", "123"), template.match("test://template/123/data").orElseThrow());
    }

    @Test
    void aVariableNeverSpansTwoSegments() {
        assertTrue(template.match("test://template/1/2/data").isEmpty());
    }

    @Test
    void anEmptyVariableDoesNotMatch() {
        assertTrue(template.match("test://template//data").isEmpty());
    }

    @Test
    void literalPartsAreNotPatterns() {
        assertTrue(new UriTemplate("a.b/{x}").match("aXb/1").isEmpty());
    }
}
