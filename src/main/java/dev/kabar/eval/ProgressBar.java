package dev.kabar.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on a terminal stream, redrawn in place with {@code \r}, e.g.
 * {@code eval 312/402 [=====>    ] 41 q/s}. Redraws at most every {@value #REDRAW_MS} ms, and once
 * at the end.
 */
public final class ProgressBar implements IntConsumer {

    private static final int WIDTH = 30;
    private static final long REDRAW_MS = 100;

    private final PrintWriter out;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw = Long.MIN_VALUE;

    public ProgressBar(PrintWriter out, int total) {
        this.out = out;
        this.total = total;
    }

    @Override
    public void accept(int done) {
        long now = System.nanoTime();
        boolean last = done >= total;
        if (!last && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_MS * 1_000_000) {
            return;
        }
        lastDraw = now;
        out.print("\r" + line(done, total, (now - start) / 1e9));
        if (last) {
            out.println();
        }
        out.flush();
    }

    static String line(int done, int total, double seconds) {
        int filled = (int) ((long) WIDTH * done / Math.max(1, total));
        String bar = "=".repeat(Math.max(0, filled - 1)) + (filled > 0 ? (done >= total ? "=" : ">") : "")
                + " ".repeat(WIDTH - filled);
        long rate = seconds > 0 ? Math.round(done / seconds) : 0;
        return String.format(Locale.ROOT, "eval %d/%d [%s] %d q/s", done, total, bar, rate);
    }
}
