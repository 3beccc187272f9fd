package dev.securemcp.tools.methods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.securemcp.tools.ArgumentSchema;
import dev.securemcp.tools.McpArg;
import dev.securemcp.tools.McpTool;
import dev.securemcp.tools.Tool;

/** Every Bean Validation constraint that becomes a schema keyword: a bad value fails, naming the argument and the rule. */
class ConstraintKeywordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Profile(@NotBlank String name, @Size(max = 2) List<String> tags) {
    }

    static class Constrained {
        @McpTool(description = "Every constraint, one optional argument each.")
        public String check(@McpArg(required = false) @NotBlank String notBlank,
                @McpArg(required = false) @NotEmpty List<String> notEmpty,
                @McpArg(required = false) @Size(min = 2, max = 5) String size,
                @McpArg(required = false) @Size(max = 2) List<String> sizedList,
                @McpArg(required = false) @Min(1) Integer min,
                @McpArg(required = false) @Max(10) Integer max,
                @McpArg(required = false) @DecimalMin("0.5") Double decimalMin,
                @McpArg(required = false) @DecimalMax(value = "9.5", inclusive = false) Double decimalMax,
                @McpArg(required = false) @Positive Integer positive,
                @McpArg(required = false) @PositiveOrZero Integer positiveOrZero,
                @McpArg(required = false) @Negative Integer negative,
                @McpArg(required = false) @NegativeOrZero Integer negativeOrZero,
                @McpArg(required = false) @Pattern(regexp = "[a-z]+") String pattern,
                @McpArg(required = false) @Email String email,
                Optional<Profile> profile) {
            return "ok";
        }
    }

    private static final ArgumentSchema SCHEMA = schema();

    private static ArgumentSchema schema() {
        Tool tool = new ToolMethods().of(new Constrained()).get(0);
        return ArgumentSchema.compile(tool.spec().inputSchema());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "@NotBlank (spaces only)  | {\"notBlank\":\"   \"}                 | {\"notBlank\":\" a \"}       | 'notBlank' | pattern",
            "@NotBlank (empty)        | {\"notBlank\":\"\"}                    | {\"notBlank\":\"a\"}         | 'notBlank' | minLength",
            "@NotEmpty                | {\"notEmpty\":[]}                      | {\"notEmpty\":[\"a\"]}       | 'notEmpty' | minItems",
            "@Size min on a string    | {\"size\":\"a\"}                       | {\"size\":\"ab\"}            | 'size'     | minLength",
            "@Size max on a string    | {\"size\":\"abcdef\"}                  | {\"size\":\"abcde\"}         | 'size'     | maxLength",
            "@Size max on a list      | {\"sizedList\":[\"a\",\"b\",\"c\"]}    | {\"sizedList\":[\"a\"]}      | 'sizedList'| maxItems",
            "@Min                     | {\"min\":0}                            | {\"min\":1}                  | 'min'      | minimum",
            "@Max                     | {\"max\":11}                           | {\"max\":10}                 | 'max'      | maximum",
            "@DecimalMin              | {\"decimalMin\":0.4}                   | {\"decimalMin\":0.5}         | 'decimalMin' | minimum",
            "@DecimalMax exclusive    | {\"decimalMax\":9.5}                   | {\"decimalMax\":9.4}         | 'decimalMax' | exclusiveMaximum",
            "@Positive                | {\"positive\":0}                       | {\"positive\":1}             | 'positive' | exclusiveMinimum",
            "@PositiveOrZero          | {\"positiveOrZero\":-1}                | {\"positiveOrZero\":0}       | 'positiveOrZero' | minimum",
            "@Negative                | {\"negative\":0}                       | {\"negative\":-1}            | 'negative' | exclusiveMaximum",
            "@NegativeOrZero          | {\"negativeOrZero\":1}                 | {\"negativeOrZero\":0}       | 'negativeOrZero' | maximum",
            "@Pattern (whole value)   | {\"pattern\":\"abc1\"}                 | {\"pattern\":\"abc\"}        | 'pattern'  | pattern",
            "@Email                   | {\"email\":\"not-an-address\"}         | {\"email\":\"a@example.org\"} | 'email'   | format",
            "@NotBlank in a record    | {\"profile\":{\"name\":\" \",\"tags\":[]}} | {\"profile\":{\"name\":\"a\",\"tags\":[]}} | 'profile/name' | pattern",
            "@Size in a record        | {\"profile\":{\"name\":\"a\",\"tags\":[\"x\",\"y\",\"z\"]}} | {\"profile\":{\"name\":\"a\",\"tags\":[]}} | 'profile/tags' | maxItems",
    })
    void aValueThatBreaksTheConstraintFailsNamingArgumentAndRule(String constraint, String bad, String good,
            String argument, String rule) throws Exception {
        Optional<String> problem = SCHEMA.firstProblem(JSON.readTree(bad));
        assertTrue(problem.isPresent(), constraint + " let " + bad + " through");
        assertTrue(problem.get().contains(argument) && problem.get().contains("(" + rule + ")"), problem.get());
        assertEquals(Optional.empty(), SCHEMA.firstProblem(JSON.readTree(good)), constraint + " refused " + good);
    }
}
