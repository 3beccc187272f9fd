package dev.securemcp.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Seeded generator of requests to /mcp: valid messages, structurally mutated JSON, byte-mutated
 * messages, random bytes, and valid bodies with mutated headers. Input {@code i} depends only on
 * the seed and {@code i}, so any failure replays with the same seed, whatever the thread order.
 */
final class FuzzGenerator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] METHODS = { "initialize", "ping", "tools/list", "tools/call", "logging/setLevel",
            "notifications/initialized", "notifications/cancelled", "resources/list", "", "tools/call/", "TOOLS/LIST" };
    private static final String[] CONTENT_TYPES = { "application/json", "application/json; charset=utf-8", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", "*/*", "a/b/c",
            ";;;", "application/json; charset=klingon" };
    private static final String[] ACCEPTS = { "application/json", "text/event-stream", "text/html", "*/*", "",
            "application/json;q=0, text/event-stream;q=0", "garbage", "application/*, text/*" };

    /** The valid session a message is sent in: headers and the token's subject. */
    record Session(String token, String sessionId, String version) {
    }

    private final long seed;
    private final Session modern;
    private final Session legacy;
    private final String initToken;

    FuzzGenerator(long seed, Session modern, Session legacy, String initToken) {
        this.seed = seed;
        this.modern = modern;
        this.legacy = legacy;
        this.initToken = initToken;
    }

    FuzzInput input(long index) {
        Random random = new Random(seed * 1_000_003L + index);
        int roll = random.nextInt(100);
        Valid base = valid(random, index);
        if (roll < 15) {
            return base.toInput(index, "valid", base.body(), base.headers(), true);
        }
        if (roll < 50) {
            return base.toInput(index, "json-mutation", mutateTree(random, base.body()), base.headers(), false);
        }
        if (roll < 72) {
            return base.toInput(index, "byte-mutation", mutateBytes(random, base.body()), base.headers(), false);
        }
        if (roll < 80) {
            return base.toInput(index, "random-bytes", randomBytes(random), base.headers(), false);
        }
        if (roll < 97) {
            return base.toInput(index, "header-mutation", base.body(), mutateHeaders(random, base.headers()), false);
        }
        // DELETE never names a live session: ending one would be a valid request, not a hostile one.
        Map<String, String> headers = mutateHeaders(random, base.headers());
        headers.put("Mcp-Session-Id", printable(random, 1 + random.nextInt(60)));
        return new FuzzInput(index, "delete", "DELETE", new byte[0], headers, false, null);
    }

    private record Valid(byte[] body, Map<String, String> headers, String expect) {
        FuzzInput toInput(long index, String kind, byte[] body, Map<String, String> headers, boolean valid) {
            return new FuzzInput(index, kind, "POST", body, headers, valid, valid ? expect : null);
        }
    }

    private Valid valid(Random random, long index) {
        int pick = random.nextInt(8);
        Session session = pick == 7 ? legacy : modern;
        long id = index + 1;
        String name = "fuzz" + random.nextInt(1000);
        String body = switch (pick) {
            case 0 -> request(id, "ping", "{}");
            case 1 -> request(id, "tools/list", "{}");
            case 2, 3 -> request(id, "tools/call", "{\"name\":\"greet\",\"arguments\":{\"name\":\"" + name + "\"}}");
            case 4 -> request(id, "tools/call", "{\"name\":\"greet\",\"arguments\":{\"name\":\"" + name
                    + "\"},\"_meta\":{\"progressToken\":" + id + "}}");
            case 5 -> "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
            case 6 -> request(id, "initialize", "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                    + "\"clientInfo\":{\"name\":\"fuzz\",\"version\":\"1\"}}");
            default -> "[" + request(id, "ping", "{}") + "," + request(id + 1, "tools/call",
                    "{\"name\":\"greet\",\"arguments\":{\"name\":\"" + name + "\"}}") + "]";
        };
        String expect = switch (pick) {
            case 0 -> "\"result\":{}";
            case 1 -> "\"greet\"";
            case 2, 3, 4, 7 -> "Hello, " + name + "!";
            case 5 -> "";
            default -> "\"protocolVersion\":\"2025-11-25\"";
        };
        Map<String, String> headers = FuzzInput.newHeaders();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json, text/event-stream");
        if (pick == 6) {
            headers.put("Authorization", "Bearer " + initToken);
        } else {
            headers.put("Authorization", "Bearer " + session.token());
            headers.put("Mcp-Session-Id", session.sessionId());
            headers.put("MCP-Protocol-Version", session.version());
        }
        return new Valid(body.getBytes(StandardCharsets.UTF_8), headers, expect);
    }

    private static String request(long id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    // ---- JSON tree mutations ---------------------------------------------------------------

    private static byte[] mutateTree(Random random, byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            root = mutateNode(random, root, 0);
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static JsonNode mutateNode(Random random, JsonNode node, int depth) {
        if ((node instanceof ObjectNode || node instanceof ArrayNode) && node.size() > 0 && random.nextInt(3) > 0 && depth < 6) {
            if (node instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                switch (random.nextInt(5)) {
                    case 0 -> object.remove(name);
                    case 1 -> object.set(randomString(random, 12), randomValue(random, 0));
                    default -> object.set(name, mutateNode(random, object.get(name), depth + 1));
                }
                return object;
            }
            ArrayNode array = (ArrayNode) node;
            int at = random.nextInt(array.size());
            array.set(at, mutateNode(random, array.get(at), depth + 1));
            return array;
        }
        return switch (random.nextInt(9)) {
            case 0 -> randomValue(random, 0);
            case 1 -> NODES.textNode(METHODS[random.nextInt(METHODS.length)]);
            case 2 -> NODES.textNode(randomString(random, 1 + random.nextInt(40)));
            case 3 -> nested(random.nextInt(2) == 0 ? 40 : 70 + random.nextInt(2000));
            case 4 -> NODES.textNode("x".repeat(random.nextInt(2) == 0 ? 1000 : 300_000));
            case 5 -> NODES.numberNode(random.nextInt(2) == 0 ? Long.MIN_VALUE : random.nextDouble() * 1e300);
            case 6 -> NODES.nullNode();
            case 7 -> NODES.arrayNode().add(node).add(node.deepCopy());
            default -> NODES.booleanNode(random.nextBoolean());
        };
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.objectNode();
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static JsonNode randomValue(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 4 : 6)) {
            case 0 -> NODES.textNode(randomString(random, random.nextInt(30)));
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(randomString(random, 6), randomValue(random, depth + 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
        };
    }

    /** Any code points, including controls, surrogates' neighbours and non-Latin scripts. */
    private static String randomString(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            int cp = switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> 0xa0 + random.nextInt(0xd7ff - 0xa0);
                default -> 0x10000 + random.nextInt(0x1000);
            };
            text.appendCodePoint(cp);
        }
        return text.toString();
    }

    // ---- byte mutations ----------------------------------------------------------------------

    private static byte[] mutateBytes(Random random, byte[] body) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : body) {
            bytes.add(b);
        }
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds && !bytes.isEmpty(); i++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(6)) {
                case 0 -> bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
                case 1 -> bytes.remove(at);
                case 2 -> bytes.add(at, (byte) random.nextInt(256));
                case 3 -> bytes.subList(at, bytes.size()).clear();
                case 4 -> bytes.add(at, "{}[]\",:\\".getBytes(StandardCharsets.US_ASCII)[random.nextInt(8)]);
                default -> {
                    int end = Math.min(bytes.size(), at + 1 + random.nextInt(20));
                    bytes.addAll(at, new ArrayList<>(bytes.subList(at, end)));
                }
            }
        }
        byte[] out = new byte[bytes.size()];
        Iterator<Byte> it = bytes.iterator();
        for (int i = 0; i < out.length; i++) {
            out[i] = it.next();
        }
        return out;
    }

    private static byte[] randomBytes(Random random) {
        int size = random.nextInt(10) == 0 ? 1_100_000 + random.nextInt(1000) : random.nextInt(600);
        byte[] bytes = new byte[size];
        if (random.nextBoolean()) {
            random.nextBytes(bytes);
        } else {
            for (int i = 0; i < size; i++) {
                bytes[i] = (byte) (0x20 + random.nextInt(0x5f));
            }
        }
        return bytes;
    }

    // ---- header mutations ------------------------------------------------------------------

    private Map<String, String> mutateHeaders(Random random, Map<String, String> valid) {
        Map<String, String> headers = FuzzInput.newHeaders();
        headers.putAll(valid);
        int rounds = 1 + random.nextInt(2);
        for (int i = 0; i < rounds; i++) {
            switch (random.nextInt(9)) {
                case 0 -> headers.put("Content-Type", pick(random, CONTENT_TYPES));
                case 1 -> headers.put("Accept", pick(random, ACCEPTS));
                case 2 -> headers.put("Mcp-Session-Id", random.nextBoolean() ? printable(random, 1 + random.nextInt(60))
                        : legacy.sessionId());
                case 3 -> headers.put("MCP-Protocol-Version", random.nextBoolean() ? printable(random, random.nextInt(20))
                        : pick(random, new String[] { "2025-03-26", "2025-06-18", "2024-11-05", "2026-07-28" }));
                case 4 -> headers.put("Origin", pick(random, new String[] { "http://evil.example", "null",
                        "http://localhost:1234", "file://", printable(random, 20) }));
                case 5 -> headers.put("Authorization", mutateAuthorization(random, headers.get("Authorization")));
                case 6 -> headers.remove(pick(random, new String[] { "Content-Type", "Accept", "Mcp-Session-Id",
                        "MCP-Protocol-Version", "Authorization" }));
                case 7 -> headers.put("X-" + printable(random, 8).replaceAll("[^A-Za-z0-9]", "a"), printable(random, 40));
                default -> headers.put("Last-Event-ID", printable(random, 30));
            }
        }
        return headers;
    }

    private static String mutateAuthorization(Random random, String authorization) {
        String token = authorization == null ? "" : authorization.substring("Bearer ".length());
        return switch (random.nextInt(6)) {
            case 0 -> "Bearer";
            case 1 -> "Basic " + token;
            case 2 -> "Bearer " + token + " " + token;
            case 3 -> {
                char[] chars = token.toCharArray();
                int at = random.nextInt(Math.max(1, chars.length));
                if (chars.length > 0) {
                    chars[at] = chars[at] == 'A' ? 'B' : 'A';
                }
                yield "Bearer " + new String(chars);
            }
            case 4 -> "Bearer " + token.substring(0, random.nextInt(Math.max(1, token.length())));
            default -> "Bearer " + printable(random, 1 + random.nextInt(200));
        };
    }

    private static String printable(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x21 + random.nextInt(0x5e)));
        }
        return text.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
