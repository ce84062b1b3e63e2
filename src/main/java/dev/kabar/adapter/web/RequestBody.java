package dev.kabar.adapter.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Reads a request body within limits, so a huge or trickling body cannot hold the server: the size is
 * checked against {@code Content-Length} before reading and again while reading; the whole body must
 * arrive within {@link #DEADLINE}, and after {@link #GRACE} at no less than {@link #MIN_BYTES_PER_SECOND}.
 * Request threads are virtual, so a slow body parks a cheap thread, and this frees it.
 */
final class RequestBody {

    /** The largest body an API route reads (the question limit is far below it). */
    static final int MAX_BYTES = 1 << 20;
    static final Duration DEADLINE = Duration.ofSeconds(10);
    static final Duration GRACE = Duration.ofSeconds(2);
    static final int MIN_BYTES_PER_SECOND = 1024;
    /** A declared body up to this many times the limit is read and dropped before the 413; a larger one is cut off. */
    private static final int DRAINED_BEYOND_LIMIT = 4;

    private RequestBody() {}

    /**
     * The body of a route that takes JSON: 415 unless it is declared {@code application/json}, 413
     * when larger than {@code maxBytes}, 408 when too slow.
     */
    static byte[] json(Context ctx, int maxBytes) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        int semi = type.indexOf(';');
        String mime = (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        if (!mime.equals("application/json")) {
            throw new ApiException(415, "unsupported_media_type",
                    "send the body as JSON with Content-Type: application/json");
        }
        return read(ctx, maxBytes);
    }

    /** Whether the request says it has a body (a length above 0, or chunked). */
    static boolean present(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    static byte[] read(Context ctx, int maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        long start = System.nanoTime();
        if (declared > maxBytes) {
            if (declared <= DRAINED_BEYOND_LIMIT * maxBytes) {
                drain(ctx, start); // so the client, still sending, reads the 413 instead of a reset connection
            }
            ctx.header("Connection", "close");
            throw tooLarge(maxBytes);
        }
        // grown as bytes arrive: a Content-Length alone reserves nothing
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 256), 8192));
        byte[] buffer = new byte[8192];
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                checkPace(ctx, out.size(), System.nanoTime() - start);
            }
        } catch (IOException e) {
            if (isTimeout(e)) {
                throw tooSlow(ctx); // nothing arrived for the idle time-out: the client is still there
            }
            throw new ClientGone("before sending the whole body", e);
        }
        return out.toByteArray();
    }

    /** Reads and drops the body, within the same deadline and pace as a body that is kept. */
    private static void drain(Context ctx, long start) {
        byte[] buffer = new byte[8192];
        long bytes = 0;
        try {
            InputStream in = ctx.req().getInputStream();
            for (int n; (n = in.read(buffer)) != -1; ) {
                bytes += n;
                checkPace(ctx, bytes, System.nanoTime() - start);
            }
        } catch (IOException e) {
            throw new ClientGone("before sending the whole body", e);
        }
    }

    private static void checkPace(Context ctx, long bytes, long elapsedNanos) {
        boolean late = elapsedNanos > DEADLINE.toNanos();
        boolean slow = elapsedNanos > GRACE.toNanos() && bytes * 1_000_000_000L / elapsedNanos < MIN_BYTES_PER_SECOND;
        if (late || slow) {
            throw tooSlow(ctx);
        }
    }

    private static ApiException tooSlow(Context ctx) {
        ctx.header("Connection", "close");
        return new ApiException(408, "request_timeout", "the body arrived too slowly (at least "
                + MIN_BYTES_PER_SECOND + " bytes/s, all within " + DEADLINE.toSeconds() + " s): send it again in one go");
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static ApiException tooLarge(int maxBytes) {
        return new ApiException(413, "too_large", "the request body is larger than " + maxBytes / 1024
                + " KB: send a shorter question");
    }
}
