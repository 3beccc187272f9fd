package dev.securemcp.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;

class TurnBatcherTest {
    private final Vertx vertx = Vertx.vertx();

    /** Keeps what it is handed, one list per hand-over, and completes at once. */
    private static final class HandOvers implements AuditSink {
        final List<List<AuditEvent>> handedOver = new CopyOnWriteArrayList<>();

        @Override
        public CompletionStage<Void> append(AuditEvent event) {
            return appendAll(List.of(event));
        }

        @Override
        public CompletionStage<Void> appendAll(List<AuditEvent> events) {
            handedOver.add(List.copyOf(events));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public List<AuditEvent> recent(int limit) {
            return List.of();
        }
    }

    private static AuditEvent event(String outcome) {
        return new AuditEvent(Instant.now(), AuditEvent.Type.TOOL_CALL, "r", "alice", null, null, "tools/call",
                "greet", outcome, 1L, null);
    }

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void theEventsOfOneEventLoopTurnAreHandedOverTogetherAndEachCallerHearsOnItsContext() throws Exception {
        HandOvers sink = new HandOvers();
        Audit audit = new Audit(sink, false);
        Context context = vertx.getOrCreateContext();
        CountDownLatch answered = new CountDownLatch(3);
        List<Object> calledOn = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        context.runOnContext(ignored -> {
            for (String outcome : List.of("a", "b", "c")) {
                audit.record(event(outcome), failure -> {
                    calledOn.add(Vertx.currentContext());
                    failures.add(failure);
                    answered.countDown();
                });
            }
        });
        assertEquals(true, answered.await(5, TimeUnit.SECONDS));
        assertEquals(1, sink.handedOver.size());
        assertEquals(List.of("a", "b", "c"), sink.handedOver.get(0).stream().map(AuditEvent::outcome).toList());
        calledOn.forEach(on -> assertSame(context, on));
        failures.forEach(failure -> assertNull(failure));
    }

    @Test
    void eventsOfLaterTurnsGoInLaterHandOvers() throws Exception {
        HandOvers sink = new HandOvers();
        Audit audit = new Audit(sink, false);
        Context context = vertx.getOrCreateContext();
        CountDownLatch answered = new CountDownLatch(2);
        context.runOnContext(first -> audit.record(event("first"), failure -> {
            answered.countDown();
            audit.record(event("second"), again -> answered.countDown());
        }));
        assertEquals(true, answered.await(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("first"), List.of("second")),
                sink.handedOver.stream().map(events -> events.stream().map(AuditEvent::outcome).toList()).toList());
    }

    @Test
    void eachCallerOfATurnHearsOnItsOwnRequestContextEvenAfterAnotherCallerFailed() throws Exception {
        HandOvers sink = new HandOvers();
        Audit audit = new Audit(sink, false);
        ContextInternal loop = (ContextInternal) vertx.getOrCreateContext();
        List<ContextInternal> requests = List.of(loop.duplicate(), loop.duplicate(), loop.duplicate());
        CountDownLatch answered = new CountDownLatch(2);
        List<Object> calledOn = new CopyOnWriteArrayList<>();
        loop.runOnContext(ignored -> {
            for (ContextInternal request : requests) {
                request.emit(nothing -> audit.record(event("x"), failure -> {
                    calledOn.add(Vertx.currentContext());
                    if (request == requests.get(0)) {
                        throw new IllegalStateException("a failing caller");
                    }
                    answered.countDown();
                }));
            }
        });
        assertEquals(true, answered.await(5, TimeUnit.SECONDS));
        assertEquals(1, sink.handedOver.size());
        assertEquals(List.<Object>copyOf(requests), List.copyOf(calledOn));
    }
}
