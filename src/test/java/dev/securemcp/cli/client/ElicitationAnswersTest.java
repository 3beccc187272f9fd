package dev.securemcp.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ElicitationAnswersTest {

    private static JsonNode params(String schema) throws Exception {
        return CliJson.mapper().readTree("{\"message\": \"Who?\", \"requestedSchema\": " + schema + "}");
    }

    @Test
    void withoutATerminalTheDefaultsAreTheAnswer() throws Exception {
        JsonNode answer = ElicitationAnswers.nonInteractive().answer(params("{\"type\": \"object\", \"properties\": {"
                + "\"name\": {\"type\": \"string\", \"default\": \"John\"}, \"age\": {\"type\": \"integer\", \"default\": 30}}}"));
        assertEquals("{\"action\":\"accept\",\"content\":{\"name\":\"John\",\"age\":30}}", answer.toString());
    }

    @Test
    void withoutATerminalAndWithoutDefaultsTheRequestIsDeclined() throws Exception {
        JsonNode answer = ElicitationAnswers.nonInteractive().answer(params("{\"type\": \"object\", \"properties\": {"
                + "\"name\": {\"type\": \"string\"}}, \"required\": [\"name\"]}"));
        assertEquals("{\"action\":\"decline\"}", answer.toString());
    }

    @Test
    void onATerminalEachFieldIsAskedAndAnEmptyLineTakesTheDefault() throws Exception {
        StringWriter prompts = new StringWriter();
        ElicitationAnswers terminal = new ElicitationAnswers(new BufferedReader(new StringReader("Ann\n\n")), new PrintWriter(prompts));
        JsonNode answer = terminal.answer(params("{\"type\": \"object\", \"properties\": {"
                + "\"name\": {\"type\": \"string\", \"description\": \"Your name\"}, \"age\": {\"type\": \"integer\", \"default\": 30}}}"));
        assertEquals("{\"action\":\"accept\",\"content\":{\"name\":\"Ann\",\"age\":30}}", answer.toString());
        assertEquals("❓ Who?\n  name (Your name): " + "  age [30]: ", prompts.toString().replace(System.lineSeparator(), "\n"));
    }
}
