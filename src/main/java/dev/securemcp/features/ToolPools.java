package dev.securemcp.features;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.MDC;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;

/**
 * One bounded pool per blocking tool: a tool whose code ignores interruption can use up only its
 * own threads and queue, never the event loop, another tool's pool, or unbounded memory. Threads
 * start on demand and end when idle. The caller's logging context (the request id) goes along.
 */
final class ToolPools {
    private final Map<String, ThreadPoolExecutor> pools = new ConcurrentHashMap<>();
    private final int threads;
    private final int queued;

    ToolPools(int threadsPerTool, int queuedPerTool) {
        this.threads = threadsPerTool;
        this.queued = queuedPerTool;
    }

    /** Runs the task on the tool's pool; throws {@link RejectedExecutionException} when it is full. */
    Future<?> submit(String tool, Runnable task) {
        Map<String, Object> context = MDC.getMap();
        // The request's CDI context goes along too: an injected JsonWebToken or SecurityIdentity
        // in the tool names this request's caller on the worker as on the event loop.
        ManagedContext requestContext = Arc.container() == null ? null : Arc.container().requestContext();
        InjectableContext.ContextState request = requestContext != null && requestContext.isActive()
                ? requestContext.getState() : null;
        return pool(tool).submit(() -> {
            context.forEach(MDC::put);
            if (request != null) {
                requestContext.activate(request);
            }
            try {
                task.run();
            } finally {
                if (request != null) {
                    requestContext.deactivate();
                }
                MDC.clear();
            }
        });
    }

    /** Drops cancelled calls from the tool's queue, so they stop holding a place in it. */
    void purge(String tool) {
        ThreadPoolExecutor pool = pools.get(tool);
        if (pool != null) {
            pool.purge();
        }
    }

    void shutdownNow() {
        pools.values().forEach(ThreadPoolExecutor::shutdownNow);
    }

    private ThreadPoolExecutor pool(String tool) {
        return pools.computeIfAbsent(tool, name -> {
            AtomicInteger count = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(queued), task -> {
                        Thread thread = new Thread(task, "mcp-tool-" + name + "-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    }, new ThreadPoolExecutor.AbortPolicy());
            pool.allowCoreThreadTimeOut(true);
            return pool;
        });
    }
}
