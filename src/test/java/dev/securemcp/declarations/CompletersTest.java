package dev.securemcp.declarations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.securemcp.prompts.McpCompletion;
import dev.securemcp.prompts.McpPrompt;
import dev.securemcp.prompts.methods.PromptMethods;
import dev.securemcp.protocol.ClientAsker;
import dev.securemcp.resources.McpResource;
import dev.securemcp.resources.methods.ResourceMethods;

/** A completion method declared so that it cannot work stops the start with one sentence naming it. */
class CompletersTest {

    static class NamesNothing {
        @McpCompletion(argument = "x")
        public List<String> complete(String prefix) {
            return List.of();
        }
    }

    static class NamesBoth {
        @McpCompletion(prompt = "p", uriTemplate = "t://{x}", argument = "x")
        public List<String> complete(String prefix) {
            return List.of();
        }
    }

    static class WrongSignature {
        @McpCompletion(prompt = "p", argument = "x")
        public String complete(int prefix) {
            return "";
        }
    }

    static class Twice {
        @McpCompletion(prompt = "p", argument = "x")
        public List<String> one(String prefix) {
            return List.of();
        }

        @McpCompletion(prompt = "p", argument = "x")
        public List<String> two(String prefix, Map<String, String> chosen) {
            return List.of();
        }
    }

    static class UnknownPrompt {
        @McpCompletion(prompt = "elsewhere", argument = "x")
        public List<String> complete(String prefix) {
            return List.of();
        }
    }

    static class UnknownArgument {
        @McpPrompt(name = "p", description = "One argument.")
        public String prompt(String x) {
            return x;
        }

        @McpCompletion(prompt = "p", argument = "y")
        public List<String> complete(String prefix) {
            return List.of();
        }
    }

    static class AskingResource {
        @McpResource(uri = "t://asks", description = "Cannot ask.")
        public String read(ClientAsker asker) {
            return "";
        }
    }

    private static String refusal(Object target) {
        return assertThrows(DeclarationException.class, () -> {
            Completers completers = Completers.of(target, target.getClass());
            ResourceMethods.resources(target, target.getClass());
            PromptMethods.of(target, target.getClass(), completers);
            completers.requireAllClaimed();
        }).getMessage();
    }

    @Test
    void itMustNameAPromptOrATemplate() {
        assertEquals("The completion method NamesNothing.complete(String) must name exactly one of a prompt and a URI "
                + "template.", refusal(new NamesNothing()));
        assertEquals("The completion method NamesBoth.complete(String) must name exactly one of a prompt and a URI "
                + "template.", refusal(new NamesBoth()));
    }

    @Test
    void itTakesTheTypedTextAndReturnsAListOfStrings() {
        assertEquals("The completion method WrongSignature.complete(int) must take the typed text (a String) and, "
                + "optionally, the chosen arguments (a Map<String, String>).", refusal(new WrongSignature()));
    }

    @Test
    void oneArgumentHasOneCompleter() {
        String refusal = refusal(new Twice());
        assertEquals(true, refusal.matches("The completion method Twice\\.(one|two)\\(.*\\) completes x of p, which "
                + "Twice\\.(one|two)\\(.*\\) completes too\\."), refusal);
    }

    @Test
    void itNamesAPromptOfItsOwnClass() {
        assertEquals("The completion method UnknownPrompt.complete(String) names the prompt elsewhere, which its class "
                + "does not declare.", refusal(new UnknownPrompt()));
    }

    @Test
    void itNamesAnArgumentThePromptHas() {
        assertEquals("The completion method UnknownArgument.complete(String) completes y, which is not an argument of p.",
                refusal(new UnknownArgument()));
    }

    @Test
    void aResourceCannotAskTheClient() {
        assertEquals("The resource method AskingResource.read(ClientAsker) takes a ClientAsker, but reading a resource "
                + "cannot ask the client.", refusal(new AskingResource()));
    }
}
