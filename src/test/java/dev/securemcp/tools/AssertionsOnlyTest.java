package dev.securemcp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The validation copy leaves out only the annotating keywords, wherever a schema sits, and nothing a name or value holds. */
class AssertionsOnlyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void annotationsGoAtEveryDepthAndAssertionsStay() throws Exception {
        ObjectNode schema = json("{'title':'T','description':'D','type':'object','$comment':'c',"
                + "'properties':{'a':{'type':'string','description':'d','default':'x','examples':['y'],'maxLength':3}},"
                + "'items':[{'title':'t','minimum':1}],'anyOf':[{'deprecated':true,'required':['a']}],"
                + "'additionalProperties':{'description':'d','type':'integer'},'$defs':{'n':{'title':'n','const':2}}}");

        assertEquals(json("{'type':'object','properties':{'a':{'type':'string','maxLength':3}},"
                + "'items':[{'minimum':1}],'anyOf':[{'required':['a']}],'additionalProperties':{'type':'integer'},"
                + "'$defs':{'n':{'const':2}}}"), AssertionsOnly.of(schema));
    }

    @Test
    void propertiesNamedLikeKeywordsAndValuesStay() throws Exception {
        ObjectNode schema = json("{'type':'object','properties':{'description':{'type':'string'},'title':{'enum':['title']}},"
                + "'required':['description','title'],'const':{'description':'kept'}}");

        assertEquals(schema, AssertionsOnly.of(schema));
    }

    @Test
    void theOriginalIsUntouched() throws Exception {
        ObjectNode schema = json("{'type':'string','description':'published to clients'}");

        AssertionsOnly.of(schema);

        assertEquals("published to clients", schema.get("description").textValue());
    }

    @Test
    void aRequiredPropertyNamedDescriptionIsStillRequired() throws Exception {
        ArgumentSchema compiled = ArgumentSchema.compile(json(
                "{'type':'object','properties':{'description':{'type':'string','description':'what'}},'required':['description']}"));

        assertEquals(Optional.of("Missing required argument 'description'."), compiled.firstProblem(json("{}")));
        assertEquals(Optional.of("'description' must be a string."), compiled.firstProblem(json("{'description':1}")));
    }
}
