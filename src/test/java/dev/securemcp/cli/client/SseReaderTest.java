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
        SseReader.read(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), event -> data.add(event.data()), line -> {
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

    @Test
    void theLastEventIdAndRetryDelayTravelWithTheEvents() throws IOException {
        List<SseReader.Event> seen = new ArrayList<>();
        SseReader.read(new ByteArrayInputStream("id: e-1\nretry: 500\ndata: \n\ndata: x\n\n".getBytes(StandardCharsets.UTF_8)),
                seen::add, line -> {
                });
        assertEquals(List.of(new SseReader.Event("", "e-1", 500L), new SseReader.Event("x", "e-1", 500L)), seen);
    }

    @Test
    void theConsumerStopsTheReadingOnceItHasItsAnswer() throws IOException {
        List<String> data = new ArrayList<>();
        SseReader.read(new ByteArrayInputStream("data: a\n\ndata: b\n\n".getBytes(StandardCharsets.UTF_8)),
                event -> data.add(event.data()) && false, line -> {
                });
        assertEquals(List.of("a"), data);
    }
}
