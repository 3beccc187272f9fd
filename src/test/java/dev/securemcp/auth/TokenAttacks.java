package dev.securemcp.auth;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.testing.TestTokens;

/**
 * Hostile tokens, each made from one valid token by exactly one mutation, with the one outcome the
 * server must give for the mutation's class. Seeded: the same seed makes the same cases.
 */
final class TokenAttacks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** Every printable ASCII character outside the base64url alphabet but the space (which splits the header). */
    static final String OUTSIDE_ALPHABET;

    static {
        StringBuilder outside = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            if (ALPHABET.indexOf(c) < 0) {
                outside.append(c);
            }
        }
        OUTSIDE_ALPHABET = outside.toString();
    }

    /** What the server must answer: accepted (200), or 401 invalid_token with this exact sentence (null: any). */
    record Expected(boolean accepted, String description) {
        static final Expected ACCEPTED = new Expected(true, null);
        static final Expected REFUSED = new Expected(false, null);

        static Expected refused(TokenFailure kind) {
            return new Expected(false, kind.description());
        }

        static Expected refused(String description) {
            return new Expected(false, description);
        }
    }

    /** One attack: its class, the Authorization header values to send, what must come back. */
    record Attack(String mutation, List<String> authorization, Expected expected) {
        String token() {
            String header = authorization.get(0);
            return header.substring(header.lastIndexOf(' ') + 1);
        }
    }

    private final Random random;

    TokenAttacks(long seed) {
        this.random = new Random(seed);
    }

    /** The claims of a valid token with a fresh jti: every claim the mutations remove is there. */
    static Map<String, Object> validClaims() {
        Map<String, Object> claims = TestTokens.claims();
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("nbf", ((Number) claims.get("iat")).longValue() - 10);
        return claims;
    }

    /** One attack of the {@code index}-th class (round robin), derived from the valid token of {@code claims}. */
    Attack next(int index, Map<String, Object> claims, String valid) {
        return switch (index % 16) {
            case 0 -> removedClaim(claims);
            case 1 -> wrongShapeClaim(claims);
            case 2 -> replacedCharacter(valid);
            case 3 -> insertedCharacter(valid);
            case 4 -> nonCanonicalLastCharacter(valid);
            case 5 -> truncatedSegment(valid);
            case 6 -> duplicatedOrSwappedSegment(valid);
            case 7 -> paddedOrStandardBase64(valid);
            case 8 -> otherKeyOrAlgorithm(claims);
            case 9 -> refusedHeaderParameter(claims);
            case 10 -> duplicateMemberName(claims);
            case 11 -> harmlessRemovedClaim(claims);
            case 12 -> unknownHeaderParameter(claims);
            case 13 -> unknownClaim(claims);
            case 14 -> schemeSpelling(valid);
            default -> outOfRangeDate(claims);
        };
    }

    private Attack removedClaim(Map<String, Object> claims) {
        String[][] removals = { { "sub", TokenFailure.NO_SUBJECT.description() },
                { "exp", TokenFailure.NO_EXPIRY.description() }, { "iss", TokenFailure.WRONG_ISSUER.description() },
                { "aud", TokenFailure.WRONG_AUDIENCE.description() } };
        String[] removal = removals[random.nextInt(removals.length)];
        Map<String, Object> mutated = new LinkedHashMap<>(claims);
        mutated.remove(removal[0]);
        return bearer("claim removed: " + removal[0], sign(mutated), Expected.refused(removal[1]));
    }

    private Attack wrongShapeClaim(Map<String, Object> claims) {
        String claim = pick("sub", "exp", "iss", "aud");
        List<Object> shapes = new ArrayList<>(List.of(true, false, Map.of(), Map.of("a", 1), List.of(List.of("x"))));
        shapes.add(null);
        switch (claim) {
            case "sub" -> shapes.addAll(List.of(42, 1.5, "", List.of(), List.of("a"), "a\nb", "a\u2028b", "x".repeat(256)));
            case "exp" -> shapes.addAll(List.of("9999999999", List.of(), List.of(1)));
            case "iss" -> shapes.addAll(List.of(42, List.of(TestTokens.ISSUER)));
            default -> shapes.addAll(List.of(42, List.of(1), List.of(TestTokens.AUDIENCE, 7)));
        }
        Object shape = shapes.get(random.nextInt(shapes.size()));
        Map<String, Object> mutated = new LinkedHashMap<>(claims);
        mutated.put(claim, shape);
        return bearer("claim of the wrong shape: " + claim, sign(mutated), Expected.refused(malformedClaim(claim)));
    }

    private Attack outOfRangeDate(Map<String, Object> claims) {
        String claim = pick("exp", "iat", "nbf");
        Object value = pick(-1, 1e300, 253402300800L, -1e-3);
        Map<String, Object> mutated = new LinkedHashMap<>(claims);
        mutated.put(claim, value);
        return bearer("date out of range: " + claim, sign(mutated), Expected.refused(malformedClaim(claim)));
    }

    private Attack replacedCharacter(String valid) {
        int at = random.nextInt(valid.length());
        while (valid.charAt(at) == '.') {
            at = random.nextInt(valid.length());
        }
        char outside = OUTSIDE_ALPHABET.charAt(random.nextInt(OUTSIDE_ALPHABET.length()));
        String mutated = valid.substring(0, at) + outside + valid.substring(at + 1);
        return bearer("character replaced by '" + outside + "'", mutated, Expected.refused(TokenFailure.MALFORMED_TOKEN));
    }

    private Attack insertedCharacter(String valid) {
        int at = random.nextInt(valid.length() + 1);
        char outside = pick('*', '!', '~', '%', '=', '+', '/', '.');
        String mutated = valid.substring(0, at) + outside + valid.substring(at);
        return bearer("character '" + outside + "' inserted", mutated, Expected.refused(TokenFailure.MALFORMED_TOKEN));
    }

    /** The last character of a segment changed to one that decodes to the same bytes: the unused bits set. */
    private Attack nonCanonicalLastCharacter(String valid) {
        String[] parts = valid.split("\\.");
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length() % 4 == 2 || parts[i].length() % 4 == 3) {
                open.add(i);
            }
        }
        int segment = open.get(random.nextInt(open.size()));
        String part = parts[segment];
        int value = ALPHABET.indexOf(part.charAt(part.length() - 1));
        int unusedBits = part.length() % 4 == 2 ? 0x0F : 0x03;
        int spelling = value | (1 + random.nextInt(unusedBits));
        parts[segment] = part.substring(0, part.length() - 1) + ALPHABET.charAt(spelling);
        return bearer("non-canonical last character of segment " + segment, String.join(".", parts),
                Expected.refused(TokenFailure.MALFORMED_TOKEN));
    }

    private Attack truncatedSegment(String valid) {
        String[] parts = valid.split("\\.");
        int segment = random.nextInt(3);
        parts[segment] = parts[segment].substring(0, random.nextInt(parts[segment].length()));
        return bearer("segment " + segment + " truncated", String.join(".", parts), Expected.REFUSED);
    }

    private Attack duplicatedOrSwappedSegment(String valid) {
        String[] p = valid.split("\\.");
        return switch (random.nextInt(4)) {
            case 0 -> bearer("payload duplicated", p[0] + "." + p[1] + "." + p[1] + "." + p[2],
                    Expected.refused(TokenFailure.MALFORMED_TOKEN));
            case 1 -> bearer("header and payload swapped", p[1] + "." + p[0] + "." + p[2],
                    Expected.refused(TokenFailure.MALFORMED_TOKEN));
            case 2 -> bearer("payload and signature swapped", p[0] + "." + p[2] + "." + p[1], Expected.REFUSED);
            default -> bearer("segment dropped", p[0] + "." + p[2], Expected.refused(TokenFailure.MALFORMED_TOKEN));
        };
    }

    private Attack paddedOrStandardBase64(String valid) {
        String[] parts = valid.split("\\.");
        if (random.nextBoolean()) {
            int segment = random.nextInt(3);
            parts[segment] = parts[segment] + pick("=", "==");
            return bearer("padding added to segment " + segment, String.join(".", parts),
                    Expected.refused(TokenFailure.MALFORMED_TOKEN));
        }
        // The signature (256 bytes) always needs padding in standard base64, so the spelling differs.
        parts[2] = Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(parts[2]));
        return bearer("signature in standard base64", String.join(".", parts), Expected.refused(TokenFailure.MALFORMED_TOKEN));
    }

    private Attack otherKeyOrAlgorithm(Map<String, Object> claims) {
        return switch (random.nextInt(5)) {
            case 0 -> bearer("signed with another key", TestTokens.sign(claims, TestTokens.privateKey("test-keys/other-private.pem"),
                    AlgorithmIdentifiers.RSA_USING_SHA384, null), Expected.refused(TokenFailure.BAD_SIGNATURE));
            case 1 -> bearer("alg none", TestTokens.algNone(), Expected.refused(TokenFailure.UNSUPPORTED_ALGORITHM));
            case 2 -> bearer("HS256 keyed with the public key", TestTokens.hs256WithPublicKey(),
                    Expected.refused(TokenFailure.UNSUPPORTED_ALGORITHM));
            case 3 -> bearer("PS256", TestTokens.sign(claims, TestTokens.privateKey("test-keys/private.pem"),
                    AlgorithmIdentifiers.RSA_PSS_USING_SHA256, null), Expected.refused(TokenFailure.UNSUPPORTED_ALGORITHM));
            default -> bearer("ES256 with a key of its own", TestTokens.sign(claims, ecKey(),
                    AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, null), Expected.refused(TokenFailure.BAD_SIGNATURE));
        };
    }

    private Attack refusedHeaderParameter(Map<String, Object> claims) {
        String name = pick("crit", "jwk", "jku", "x5u", "x5c", "zip");
        Object value = switch (name) {
            case "crit" -> List.of(pick("exp", "b64", "urn:example"));
            case "jwk" -> Map.of("kty", "oct", "k", "c2VjcmV0");
            case "x5c" -> List.of("MIIB");
            case "zip" -> "DEF";
            default -> "https://attacker.example/keys";
        };
        Map<String, Object> header = header();
        header.put(name, value);
        if (name.equals("crit")) {
            header.put(((List<?>) value).get(0).toString(), true);
        }
        return bearer("header parameter " + name, TestTokens.signRaw(json(header), json(claims)),
                Expected.refused("The token's header carries '" + name + "', which this server does not accept."));
    }

    private Attack duplicateMemberName(Map<String, Object> claims) {
        String payload = json(claims);
        if (random.nextBoolean()) {
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"typ\":\"JWT\"}";
            return bearer("duplicate header member", TestTokens.signRaw(header, payload), Expected.refused(TokenFailure.MALFORMED_TOKEN));
        }
        String duplicated = "{\"sub\":\"someone@else.example\"," + payload.substring(1);
        return bearer("duplicate claim", TestTokens.signRaw(json(header()), duplicated), Expected.refused(TokenFailure.MALFORMED_TOKEN));
    }

    private Attack harmlessRemovedClaim(Map<String, Object> claims) {
        String claim = pick("jti", "scope", "nbf");
        Map<String, Object> mutated = new LinkedHashMap<>(claims);
        mutated.remove(claim);
        if (!claim.equals("jti")) {
            mutated.put("jti", UUID.randomUUID().toString());
        }
        return bearer("claim removed: " + claim, sign(mutated), Expected.ACCEPTED);
    }

    private Attack unknownHeaderParameter(Map<String, Object> claims) {
        Map<String, Object> header = header();
        header.put("x-" + Integer.toHexString(random.nextInt()), anyShape());
        return bearer("unknown header parameter", TestTokens.signRaw(json(header), json(withFreshId(claims))), Expected.ACCEPTED);
    }

    private Attack unknownClaim(Map<String, Object> claims) {
        Map<String, Object> mutated = withFreshId(claims);
        mutated.put("ext_" + Integer.toHexString(random.nextInt()), anyShape());
        return bearer("unknown claim", sign(mutated), Expected.ACCEPTED);
    }

    private Attack schemeSpelling(String valid) {
        String scheme = pick("bearer", "BEARER", "BeArEr");
        String spaces = " ".repeat(1 + random.nextInt(3));
        return new Attack("scheme '" + scheme + "' + " + spaces.length() + " spaces", List.of(scheme + spaces + valid),
                Expected.ACCEPTED);
    }

    private Object anyShape() {
        return switch (random.nextInt(9)) {
            case 0 -> "text \u00e9\u4e2d";
            case 1 -> random.nextLong();
            case 2 -> 1e308;
            case 3 -> random.nextBoolean();
            case 4 -> Map.of("nested", Map.of("deeper", List.of(1, "two", Map.of())));
            case 5 -> List.of();
            case 6 -> new java.math.BigInteger("123456789012345678901234567890");
            case 7 -> "x".repeat(2000);
            default -> List.of(Map.of("a", List.of()), -0.0, "z");
        };
    }

    static String malformedClaim(String claim) {
        String shape = switch (claim) {
            case "sub" -> "a non-empty string of at most 255 characters without control characters";
            case "exp", "iat", "nbf" -> "a number of seconds since 1970 (NumericDate) up to the year 9999";
            case "aud" -> "a string or an array of strings";
            default -> "a string";
        };
        return "The token's '" + claim + "' claim is malformed: it must be " + shape + ".";
    }

    private Map<String, Object> withFreshId(Map<String, Object> claims) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        copy.put("jti", UUID.randomUUID().toString());
        return copy;
    }

    private static Map<String, Object> header() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        return header;
    }

    /** Claims serialized as given (null values kept), signed RS256 with the test key. */
    static String sign(Map<String, Object> claims) {
        return TestTokens.signRaw(json(header()), json(claims));
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Attack bearer(String mutation, String token, Expected expected) {
        return new Attack(mutation, List.of("Bearer " + token), expected);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static java.security.PrivateKey ecKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair().getPrivate();
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
