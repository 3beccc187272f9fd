package dev.securemcp.limits;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.securemcp.access.AccessRequirement;
import dev.securemcp.tools.Tool;
import dev.securemcp.tools.ToolContext;
import dev.securemcp.tools.ToolResult;
import dev.securemcp.tools.ToolSpec;

/** Blocking tools that never finish in time: one honours interruption, one ignores it. */
@ApplicationScoped
public class LimitTestTools {
    /** Counted down each time test_sleeper is interrupted. */
    static volatile CountDownLatch interrupted = new CountDownLatch(1);
    /** test_stubborn spins until this is set, whatever interrupts it gets. */
    static volatile boolean releaseStubborn;

    private static Tool blocking(String name, java.util.function.Supplier<ToolResult> body) {
        ToolSpec spec = new ToolSpec(name, null, "A test tool that never finishes in time.",
                JsonNodeFactory.instance.objectNode().put("type", "object"), null, null, AccessRequirement.ANY_CALLER, true);
        return new Tool() {
            @Override
            public ToolSpec spec() {
                return spec;
            }

            @Override
            public ToolResult call(ObjectNode arguments, ToolContext context) {
                return body.get();
            }
        };
    }

    @Produces
    @ApplicationScoped
    Tool sleeper() {
        return blocking("test_sleeper", () -> {
            try {
                Thread.sleep(60_000);
                return ToolResult.text("woke up");
            } catch (InterruptedException stopped) {
                interrupted.countDown();
                return ToolResult.text("interrupted");
            }
        });
    }

    @Produces
    @ApplicationScoped
    Tool stubborn() {
        return blocking("test_stubborn", () -> {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!releaseStubborn && System.nanoTime() < until) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                Thread.interrupted();
            }
            return ToolResult.text("released");
        });
    }
}
