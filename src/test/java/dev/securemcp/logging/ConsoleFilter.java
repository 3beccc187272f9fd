package dev.securemcp.logging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtHandler;

/** The filter Quarkus installed on its console handler: what the console (text or JSON) lets through. */
final class ConsoleFilter {

    private ConsoleFilter() {
    }

    static Filter of() {
        Deque<Handler> handlers = new ArrayDeque<>(java.util.List.of(Logger.getLogger("").getHandlers()));
        while (!handlers.isEmpty()) {
            Handler handler = handlers.pop();
            if (handler.getClass().getSimpleName().contains("Console") && handler.getFilter() != null) {
                return handler.getFilter();
            }
            if (handler instanceof ExtHandler ext) {
                handlers.addAll(java.util.List.of(ext.getHandlers()));
            }
        }
        throw new AssertionError("the console handler has no filter: quarkus.log.console.filter is not applied");
    }
}
