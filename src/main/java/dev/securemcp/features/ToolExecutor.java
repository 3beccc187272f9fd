package dev.securemcp.features;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.config.McpConfig;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolException;
import dev.securemcp.tools.ToolResult;
import io.smallrye.mutiny.Uni;

/**
 * Runs tool code. Non-blocking tools run where the request is (the event loop); blocking ones on a
 * bounded pool of their own, so a stuck tool can tie up only that pool. Every call is bounded by
 * {@code mcp.tool.timeout}: past it the tool is interrupted and the client gets an isError result.
 */
@ApplicationScoped
public class ToolExecutor {
    private static final Logger LOG = Logger.getLogger(ToolExecutor.class);

    private final ExecutorService pool;
    private final Duration timeout;

    @Inject
    public ToolExecutor(McpConfig config) {
        this.timeout = config.tool().timeout();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "mcp-tool-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(config.tool().workerThreads(), threads);
    }

    Uni<ToolResult> run(Tool tool, ObjectNode arguments, ExchangeToolContext context) {
        if (!tool.spec().blocking()) {
            return Uni.createFrom().item(invoke(tool, arguments, context));
        }
        CompletableFuture<ToolResult> result = new CompletableFuture<>();
        Future<?> running = pool.submit(() -> result.complete(invoke(tool, arguments, context)));
        return Uni.createFrom().completionStage(result)
                .ifNoItem().after(timeout).recoverWithItem(() -> {
                    context.cancel();
                    running.cancel(true);
                    return ToolResult.error("The tool " + tool.spec().name() + " did not finish within "
                            + timeout.toSeconds() + " seconds and was stopped.");
                });
    }

    private static ToolResult invoke(Tool tool, ObjectNode arguments, ExchangeToolContext context) {
        try {
            return tool.call(arguments, context);
        } catch (ToolException failure) {
            return ToolResult.error(failure.getMessage());
        } catch (RuntimeException bug) {
            LOG.errorf(bug, "Tool %s failed", tool.spec().name());
            return ToolResult.error("The tool " + tool.spec().name() + " failed unexpectedly.");
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
