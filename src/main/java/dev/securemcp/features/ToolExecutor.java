package dev.securemcp.features;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.config.McpConfig;
import dev.securemcp.protocol.InputRequiredException;
import dev.securemcp.protocol.McpException;
import dev.securemcp.tools.AsyncTool;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolException;
import dev.securemcp.tools.ToolResult;
import io.smallrye.mutiny.Uni;

/**
 * Runs tool code. Non-blocking tools run where the request is (the event loop); blocking ones on a
 * bounded pool of their own ({@link ToolPools}), so a stuck tool can tie up only that pool. Every
 * call is bounded by {@code mcp.tool.timeout}: past it the tool is interrupted and the client gets
 * an isError result.
 */
@ApplicationScoped
public class ToolExecutor {
    private static final Logger LOG = Logger.getLogger(ToolExecutor.class);

    private final ToolPools pools;
    private final Duration timeout;

    @Inject
    public ToolExecutor(McpConfig config) {
        this.timeout = config.tool().timeout();
        this.pools = new ToolPools(config.tool().workerThreads(), config.tool().maxQueuedCalls());
    }

    /**
     * Runs the tool and turns its result into the answer with {@code answer}: at once, with no
     * operator in between, when the tool answers where it runs (a plain non-blocking tool).
     */
    <T> Uni<T> run(Tool tool, ObjectNode arguments, ExchangeToolContext context, Function<ToolResult, T> answer) {
        if (!tool.spec().blocking() && !(tool instanceof AsyncTool later && later.answersLater())) {
            return Uni.createFrom().item(answer.apply(invoke(tool, arguments, context)));
        }
        return run(tool, arguments, context).map(answer);
    }

    private Uni<ToolResult> run(Tool tool, ObjectNode arguments, ExchangeToolContext context) {
        if (!tool.spec().blocking()) {
            return later((AsyncTool) tool, arguments, context);
        }
        String name = tool.spec().name();
        CompletableFuture<ToolResult> result = new CompletableFuture<>();
        Future<?> running;
        try {
            running = pools.submit(name, () -> {
                try {
                    result.complete(invoke(tool, arguments, context));
                } catch (McpException | InputRequiredException protocol) {
                    result.completeExceptionally(protocol);
                }
            });
        } catch (RejectedExecutionException full) {
            LOG.warnf("Tool %s refused a call: all its workers and queue places are taken", name);
            return Uni.createFrom().item(ToolResult.error("The tool " + name
                    + " is busy with too many calls; try again later."));
        }
        Map<String, Object> logContext = MDC.getMap();
        return Uni.createFrom().completionStage(result)
                .ifNoItem().after(timeout).recoverWithItem(() -> {
                    context.cancel();
                    running.cancel(true);
                    pools.purge(name);
                    logContext.forEach(MDC::put);
                    try {
                        LOG.warnf("Tool %s did not finish within %s and was interrupted", name, timeout);
                    } finally {
                        logContext.keySet().forEach(MDC::remove);
                    }
                    return ToolResult.error("The tool " + name + " did not finish within "
                            + timeout.toSeconds() + " seconds and was stopped.");
                });
    }

    /** A non-blocking tool whose answer comes later: started here, bounded by the same timeout. */
    private Uni<ToolResult> later(AsyncTool tool, ObjectNode arguments, ExchangeToolContext context) {
        String name = tool.spec().name();
        Uni<ToolResult> pending;
        try {
            pending = tool.callAsync(arguments, context);
        } catch (McpException | InputRequiredException protocol) {
            throw protocol;
        } catch (RuntimeException bug) {
            return Uni.createFrom().item(failed(name, bug));
        }
        return pending
                .onFailure(failure -> !(failure instanceof McpException || failure instanceof InputRequiredException))
                .recoverWithItem(failure -> failure instanceof ToolException expected ? ToolResult.error(expected.getMessage())
                        : failed(name, failure))
                .ifNoItem().after(timeout).recoverWithItem(() -> {
                    context.cancel();
                    LOG.warnf("Tool %s did not finish within %s", name, timeout);
                    return ToolResult.error("The tool " + name + " did not finish within "
                            + timeout.toSeconds() + " seconds and was stopped.");
                });
    }

    private static ToolResult failed(String name, Throwable bug) {
        // The request id is in the logging context of this line; the client sees no class or message.
        LOG.errorf(bug, "Tool %s failed", name);
        return ToolResult.error("The tool " + name + " failed unexpectedly.");
    }

    private static ToolResult invoke(Tool tool, ObjectNode arguments, ExchangeToolContext context) {
        try {
            return tool.call(arguments, context);
        } catch (ToolException failure) {
            return ToolResult.error(failure.getMessage());
        } catch (McpException | InputRequiredException protocol) {
            // Not the tool's failure: a protocol answer (a missing client capability, or input needed first).
            throw protocol;
        } catch (RuntimeException bug) {
            return failed(tool.spec().name(), bug);
        }
    }

    @PreDestroy
    void stop() {
        pools.shutdownNow();
    }
}
