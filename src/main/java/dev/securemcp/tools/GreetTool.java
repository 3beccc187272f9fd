package dev.securemcp.tools;

import jakarta.enterprise.context.ApplicationScoped;

import dev.securemcp.access.Caller;

/** The seed's tool: greets by name and tells the caller their user id, taken from the token. */
@ApplicationScoped
public class GreetTool {

    @McpTool(nonBlocking = true, title = "Greet", description = "Returns a personalized greeting that includes the caller's user id from the token.")
    public String greet(@McpArg("Who to greet") String name, Caller caller) {
        return "Hello, " + name + "! Your userid is " + caller.subject() + ".";
    }
}
