package dev.securemcp.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AcceptedTypesTest {

    @Test
    void bothListedAllowsBoth() {
        assertEquals(new AcceptedTypes(true, true), AcceptedTypes.parse("application/json, text/event-stream"));
    }

    @Test
    void wildcardAllowsBoth() {
        assertEquals(new AcceptedTypes(true, true), AcceptedTypes.parse("*/*"));
    }

    @Test
    void noHeaderAllowsBoth() {
        assertEquals(new AcceptedTypes(true, true), AcceptedTypes.parse(null));
    }

    @Test
    void parametersAreIgnored() {
        assertEquals(new AcceptedTypes(false, true), AcceptedTypes.parse("text/event-stream;q=0.9"));
    }

    @Test
    void htmlAllowsNeither() {
        assertEquals(new AcceptedTypes(false, false), AcceptedTypes.parse("text/html"));
    }

    @Test
    void caseSpacesAndParametersOfEachPartAreIgnored() {
        assertEquals(new AcceptedTypes(true, true),
                AcceptedTypes.parse(" Application/JSON ; q=0.9 ,TEXT/Event-Stream;charset=utf-8 "));
    }

    @Test
    void aLaterPartStillCounts() {
        assertEquals(new AcceptedTypes(true, false), AcceptedTypes.parse("text/html, image/png;q=0.1, application/*"));
    }

    @Test
    void aTypeThatOnlyStartsLikeJsonIsNotJson() {
        assertEquals(new AcceptedTypes(false, false), AcceptedTypes.parse("application/jsonl, text/event-streams"));
    }
}
