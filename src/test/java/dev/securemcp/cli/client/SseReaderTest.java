package dev.securemcp.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SseReaderTest {

    private static List<String> events(String stream) throws IOException {
        List<String> data = new ArrayList<>();
        SseReader.read(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), data::add, line -> {
        });
        return data;
    }

    @Test
    void eachEventsDataIsHandedOverOnItsBlankLine() throws IOException {
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}"),
                events(": stream open\n\nevent: message\nid: 1\ndata: {\"a\":1}\n\ndata:{\"b\":2}\n\n"));
    }

    @Test
    void multipleDataLinesAreJoinedByNewlines() throws IOException {
        assertEquals(List.of("one\ntwo"), events("data: one\ndata: two\n\n"));
    }

    @Test
    void aLastEventWithoutBlankLineStillCounts() throws IOException {
        assertEquals(List.of("last"), events("data: last"));
    }
}
