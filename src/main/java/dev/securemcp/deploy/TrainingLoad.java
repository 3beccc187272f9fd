package dev.securemcp.deploy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load that trains a class-data archive or an AOT cache (deploy/aot.sh): for a while, from
 * several threads at once, the requests production sees, so that the JVM records their classes,
 * linkage and profiles. Each round of a thread: a session with greets, stateless greets, and one
 * refused token. Every answer is checked: a wrong one stops the load, since a cache trained on an
 * error path would speed up the wrong code.
 *
 *   java -cp APP_JAR dev.securemcp.deploy.TrainingLoad URL SECONDS TOKEN REFUSED_TOKEN [THREADS]
 *
 * Exit code 0 when every answer was the expected one, 1 otherwise (the first wrong one on stderr),
 * 2 on a usage error. No Quarkus here: it runs from the application jar alone, on a JRE.
 */
public final class TrainingLoad {
    private static final int CALLS_PER_ROUND = 20;

    private final TrainingExchanges exchanges;
    private final AtomicLong rounds = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    TrainingLoad(TrainingExchanges exchanges) {
        this.exchanges = exchanges;
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: TrainingLoad URL SECONDS TOKEN REFUSED_TOKEN [THREADS]");
            System.exit(2);
        }
        TrainingLoad load = new TrainingLoad(new TrainingExchanges(URI.create(args[0]), args[2], args[3]));
        Duration length = Duration.ofSeconds(Long.parseLong(args[1]));
        int threads = args.length == 5 ? Integer.parseInt(args[4]) : 8;
        Throwable failed = load.run(length, threads);
        if (failed != null) {
            System.err.println("The training load got a wrong answer: " + failed.getMessage());
            System.exit(1);
        }
        System.err.println("Training load: " + load.rounds() + " rounds (a session with " + CALLS_PER_ROUND
                + " greets, " + CALLS_PER_ROUND + " stateless greets, a refused token) in " + length.toSeconds() + " s");
    }

    /** Runs the rounds from {@code threads} threads for {@code length}; the first failure, or null. */
    Throwable run(Duration length, int threads) throws InterruptedException {
        long deadline = System.nanoTime() + length.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String name = "trainer-" + i;
            Thread worker = new Thread(() -> roundsUntil(deadline, name), "aot-training-" + i);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return failure.get();
    }

    long rounds() {
        return rounds.get();
    }

    private void roundsUntil(long deadline, String name) {
        try {
            do {
                exchanges.session(name, CALLS_PER_ROUND);
                for (int i = 0; i < CALLS_PER_ROUND; i++) {
                    exchanges.statelessGreet(name);
                }
                exchanges.refusedToken();
                rounds.incrementAndGet();
            } while (System.nanoTime() < deadline && failure.get() == null);
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
    }
}
