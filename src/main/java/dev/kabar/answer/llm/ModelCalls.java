package dev.kabar.answer.llm;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a model with kabar's retry policy: errors, time-outs and rate limits are retried
 * {@code maxRetries} times with doubling back-off, then reported as {@link ModelUnavailableException}.
 * Log lines never carry the API key, even when a server echoes it back.
 */
final class ModelCalls {

    private static final Logger LOG = LoggerFactory.getLogger(ModelCalls.class);

    private final LlmSettings settings;

    ModelCalls(LlmSettings settings) {
        this.settings = settings;
    }

    <T> T withRetries(String what, Supplier<T> call) {
        RuntimeException last = null;
        int attempts = settings.maxRetries() + 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(settings.retryBackoff().multipliedBy(1L << Math.min(attempt - 2, 6)));
            }
            try {
                return call.get();
            } catch (TokenStream.BrokenStream e) {
                throw e; // tokens were shown: a retry would show them twice
            } catch (RuntimeException e) {
                last = e;
                LOG.warn("{}: attempt {} of {} at {} failed: {}", what, attempt, attempts, settings.endpoint(),
                        redact(describe(e)));
            }
        }
        throw new ModelUnavailableException(what + " failed " + attempts + " times: " + redact(describe(last)), last);
    }

    /** The message of {@code e} with the API key blotted out. */
    String redact(String message) {
        String key = settings.apiKey();
        return key.isEmpty() || message == null ? message : message.replace(key, "***");
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? msg : msg + " (" + root.getClass().getSimpleName() + ")";
    }

    private static void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("interrupted while waiting to retry", e);
        }
    }
}
