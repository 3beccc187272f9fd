package dev.securemcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Claim paths: dots between segments, quotes around a segment that holds dots or slashes. */
class ClaimPathTest {

    @Test
    void aPlainNameIsOneSegment() {
        assertEquals(List.of("groups"), ClaimPath.parse("groups").segments());
    }

    @Test
    void dotsSeparateSegments() {
        assertEquals(List.of("resource_access", "mcp-app", "roles"),
                ClaimPath.parse("resource_access.mcp-app.roles").segments());
    }

    @Test
    void aQuotedSegmentKeepsItsDotsAndSlashes() {
        assertEquals(List.of("https://example.com/roles"), ClaimPath.parse("\"https://example.com/roles\"").segments());
        assertEquals(List.of("ext", "a.b", "roles"), ClaimPath.parse("ext.\"a.b\".roles").segments());
    }

    @Test
    void aBackslashInQuotesEscapesAQuote() {
        assertEquals(List.of("say \"hi\""), ClaimPath.parse("\"say \\\"hi\\\"\"").segments());
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertEquals(List.of("realm_access", "roles"), ClaimPath.parse("  realm_access.roles ").segments());
    }

    @Test
    void malformedPathsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaimPath.parse("")).getMessage().contains("empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaimPath.parse("a..b")).getMessage()
                .contains("empty segment"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaimPath.parse("a.")).getMessage()
                .contains("ends with a dot"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaimPath.parse("\"a.b")).getMessage()
                .contains("unclosed quote"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaimPath.parse("\"a\"b")).getMessage()
                .contains("followed by a dot"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaimPath.parse("a\"b\"")).getMessage()
                .contains("whole segment"));
    }

    @Test
    void resolveWalksNestedMaps() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("admin")));
        assertEquals(List.of("admin"), ClaimPath.parse("realm_access.roles").resolve(claims));
    }

    @Test
    void resolveGivesNullForAMissingStepOrANonObject() {
        Map<String, Object> claims = Map.of("realm_access", List.of("admin"));
        assertNull(ClaimPath.parse("realm_access.roles").resolve(claims));
        assertNull(ClaimPath.parse("resource_access.x.roles").resolve(claims));
    }

    @Test
    void pathsWithTheSameSegmentsAreEqual() {
        assertEquals(ClaimPath.parse("a.b"), ClaimPath.parse("\"a\".\"b\""));
    }
}
