package dev.kabar.adapter.web;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool of platform threads that answers and briefs: the CPU work. Requests arrive and
 * are read on virtual threads (so slow clients cost nothing), then hand their answer here. The pool
 * is 8 threads per core, at least 16: the operating system shares the cores among them, so a long
 * briefing does not hold back the short answers behind it the way a virtual thread, never
 * pre-empted, would. Beyond the pool, work waits in arrival order.
 */
final class Workers implements AutoCloseable {

    private static final int MIN_THREADS = 16;
    private static final int THREADS_PER_CORE = 8;

    private final ThreadPoolExecutor pool;

    Workers() {
        int threads = Math.max(MIN_THREADS, THREADS_PER_CORE * Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "kabar-answer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work} on the pool and waits for it; its exception is rethrown as it was thrown. */
    <T> T call(Callable<T> work) {
        Future<T> result = pool.submit(work);
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
