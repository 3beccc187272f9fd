package dev.securemcp.tools.methods;

import java.lang.reflect.Method;

import dev.securemcp.declarations.DeclarationException;

/** A tool method declared so that it cannot work: stops the server at start, in one sentence naming the method. */
public class ToolDeclarationException extends DeclarationException {

    public ToolDeclarationException(Method method, String problem) {
        super("tool", method, problem);
    }
}
