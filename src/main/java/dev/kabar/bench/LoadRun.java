package dev.kabar.bench;

import dev.kabar.chat.Library;
import dev.kabar.chat.Question;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Warm latency under load: {@code threads} client threads, each asking (or searching) its own
 * sequence of questions back to back, started together. Every call is timed on its own thread;
 * throughput is all calls over the wall time of the slowest thread.
 */
final class LoadRun {

    private LoadRun() {}

    /** What one path measured at one thread count. */
    record Result(LatencyStats latency, double perSecond) {}

    static Result measure(Library library, List<String> questions, int threads, int perThread, boolean ask) {
        long[][] nanos = new long[threads][];
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread[] clients = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            int offset = t * questions.size() / threads; // each thread its own question sequence
            clients[t] = Thread.ofPlatform().name("kabar-bench-client-" + t).unstarted(() -> {
                try {
                    start.await();
                    nanos[thread] = run(library, questions, offset, perThread, ask);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            });
            clients[t].start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        joinAll(clients);
        long wall = System.nanoTime() - t0;
        if (failure.get() != null) {
            throw failure.get();
        }
        long[] all = new long[threads * perThread];
        for (int t = 0; t < threads; t++) {
            System.arraycopy(nanos[t], 0, all, t * perThread, perThread);
        }
        return new Result(LatencyStats.of(all), all.length * 1e9 / Math.max(1, wall));
    }

    static long[] run(Library library, List<String> questions, int offset, int n, boolean ask) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            String q = questions.get((offset + i) % questions.size());
            long t0 = System.nanoTime();
            if (ask) {
                library.door().ask(Question.of(q));
            } else {
                library.retriever().search(q, 10);
            }
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private static void joinAll(Thread[] clients) {
        boolean interrupted = false;
        for (Thread c : clients) {
            while (c.isAlive()) {
                try {
                    c.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
