package dev.securemcp.tools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The plain-shape certificate never vouches for arguments networknt refuses, and vouches for the plain valid ones. */
class PlainShapeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UNDECLARED = "undeclared";
    private static final SchemaRegistry NETWORKNT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{'type':'object','properties':{'name':{'type':'string'}},'required':['name']}",
            "{'type':'object','properties':{'count':{'type':'integer'},'ratio':{'type':'number'},'flag':{'type':'boolean'},"
                    + "'list':{'type':'array'},'other':{'type':'null'}},'required':['count','flag']}",
            "{'type':'object','additionalProperties':false,'properties':{'name':{'type':'string'},"
                    + "'inner':{'type':'object','properties':{'count':{'type':'integer'}},'required':['count'],'additionalProperties':false}}}",
            "{'type':'object','properties':{'inner':{'properties':{'name':{'type':'string'}}},'list':{}}}" })
    void neverVouchesForWhatNetworkntRefuses(String text) throws Exception {
        ObjectNode schema = json(text);
        PlainShape shape = PlainShape.of(schema).orElseThrow();
        Schema networknt = NETWORKNT.getSchema(schema);
        List<String> names = propertyNames(schema);
        Random random = new Random(20261202);
        int vouched = 0;
        int validAndPlain = 0;
        for (int i = 0; i < 150_000; i++) {
            JsonNode arguments = randomObject(random, 2, names);
            boolean valid = networknt.validate(arguments).isEmpty();
            boolean certain = shape.certainlyValid(arguments);
            if (certain) {
                vouched++;
                assertTrue(valid, () -> "vouched for " + arguments + ", which networknt refuses");
            }
            if (valid && !arguments.toString().contains(".")) {
                validAndPlain++;
                assertTrue(certain, () -> "did not vouch for " + arguments + ", which networknt accepts");
            }
        }
        assertTrue(validAndPlain > 100, "the generator reached the plain valid cases only " + validAndPlain + " times");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{'type':'string','maxLength':5}", "{'type':['string','null']}", "{'enum':['a']}",
            "{'type':'string','format':'email'}", "{'type':'array','items':{'type':'string'}}",
            "{'type':'object','properties':{'name':{'type':'string','pattern':'a'}}}",
            "{'type':'object','additionalProperties':{'type':'string'}}", "{'type':'object','properties':{'name':true}}",
            "{'$ref':'#/$defs/x','$defs':{'x':{'type':'string'}}}", "{'type':'text'}" })
    void anyOtherKeywordOrFormLeavesItAllToNetworknt(String text) throws Exception {
        assertFalse(PlainShape.of(json(text)).isPresent(), text);
    }

    @Test
    void anIntegerWrittenAsADecimalIsLeftToNetworknt() throws Exception {
        PlainShape shape = PlainShape.of(json("{'type':'integer'}")).orElseThrow();

        assertFalse(shape.certainlyValid(JSON.readTree("2.0")));
        assertTrue(shape.certainlyValid(JSON.readTree("2")));
    }

    /** Every property name the schema declares, at any depth, and one it does not. */
    private static List<String> propertyNames(JsonNode schema) {
        List<String> names = new ArrayList<>(List.of(UNDECLARED));
        schema.findValues("properties").forEach(properties -> properties.fieldNames().forEachRemaining(names::add));
        return names;
    }

    private static JsonNode randomValue(Random random, int depth, List<String> names) {
        return switch (random.nextInt(depth > 0 ? 9 : 7)) {
            case 0 -> NODES.textNode("v" + random.nextInt(3));
            case 1 -> NODES.numberNode(random.nextInt(5) - 2);
            case 2 -> NODES.numberNode(random.nextBoolean() ? 1.5 : 2.0);
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.numberNode(random.nextLong());
            case 6 -> NODES.textNode("");
            case 7 -> randomArray(random, depth - 1, names);
            default -> randomObject(random, depth - 1, names);
        };
    }

    private static ArrayNode randomArray(Random random, int depth, List<String> names) {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(3); i > 0; i--) {
            array.add(randomValue(random, depth, names));
        }
        return array;
    }

    private static ObjectNode randomObject(Random random, int depth, List<String> names) {
        ObjectNode object = NODES.objectNode();
        for (String name : names) {
            if (random.nextDouble() < (name.equals(UNDECLARED) ? 0.25 : 0.67)) {
                object.set(name, randomValue(random, depth, names));
            }
        }
        return object;
    }
}
