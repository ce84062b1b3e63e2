package dev.kabar.bench;

import dev.kabar.article.Article;
import dev.kabar.chat.ArticleDesk;
import dev.kabar.chat.DeskException;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Adding one article while the index serves: pages built from the corpus's own paragraphs, sent with
 * their HTML (no network), each through the whole {@link ArticleDesk}: extraction, passage cutting, the
 * durable store, the index update, its near-real-time reopen and its commit.
 */
final class AddBench {

    private static final int WARMUP = 20;

    private AddBench() {}

    /** Add latency, and how many passages the index held when measured. */
    record Figures(LatencyStats latency, int indexPassages) {
        String line(String label) {
            return String.format(Locale.ROOT, "%-14s add one article (%d passages indexed): n=%d p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                    label, indexPassages, latency.count(), latency.p50(), latency.p99(), latency.max());
        }
    }

    static Figures run(ArticleDesk desk, ArticleStore store, int passagesIndexed, int adds) {
        List<String> paragraphs = paragraphs(store);
        Random random = new Random(7);
        for (int i = 0; i < WARMUP; i++) {
            add(desk, i, page(paragraphs, random, i));
        }
        long[] nanos = new long[adds];
        for (int i = 0; i < adds; i++) {
            String html = page(paragraphs, random, WARMUP + i);
            long t0 = System.nanoTime();
            add(desk, WARMUP + i, html);
            nanos[i] = System.nanoTime() - t0;
        }
        return new Figures(LatencyStats.of(nanos), passagesIndexed);
    }

    private static void add(ArticleDesk desk, int n, String html) {
        try {
            desk.add(URI.create("https://bench.kabar.example/berita/" + n), html);
        } catch (DeskException e) {
            throw new IllegalStateException("a benchmark page was not added: " + e.getMessage(), e);
        }
    }

    private static List<String> paragraphs(ArticleStore store) {
        List<String> out = new ArrayList<>();
        for (ArticleSummary s : store.articles().subList(0, Math.min(50, store.articles().size()))) {
            store.article(s.meta().id()).map(Article::text)
                    .ifPresent(t -> out.addAll(List.of(t.split("\n\n"))));
        }
        out.removeIf(p -> p.length() < 120);
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no paragraphs long enough to build pages from");
        }
        return out;
    }

    private static String page(List<String> paragraphs, Random random, int n) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Berita ")
                .append(n).append("</title><meta property=\"og:site_name\" content=\"Bench\"></head><body><article><h1>Berita ")
                .append(n).append("</h1>");
        for (int i = 0; i < 6; i++) {
            b.append("<p>").append(escape(paragraphs.get(random.nextInt(paragraphs.size())))).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
