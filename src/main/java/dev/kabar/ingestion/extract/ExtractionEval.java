package dev.kabar.ingestion.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Scores an extractor on an article-extraction benchmark folder ({@code html/ID.html.gz} and
 * {@code ground-truth.json}, {@code {ID: {"articleBody", "url"}}}) with the benchmark's metric
 * ({@link ShingleMatch}), and times it: parse and extraction only, reading and un-gzipping not
 * counted, on this thread's CPU clock so that other work on the machine does not count either.
 */
public final class ExtractionEval {

    private static final JsonMapper JSON = new JsonMapper();

    private final ArticleExtractor extractor;

    public ExtractionEval(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** One benchmark page: its id, the true body and where the page came from. */
    public record Truth(String id, String body, URI url) {}

    /** The benchmark's pages in id order. */
    public static List<Truth> truths(Path dataset) throws IOException {
        JsonNode root = JSON.readTree(dataset.resolve("ground-truth.json").toFile());
        List<Truth> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            out.add(new Truth(e.getKey(), e.getValue().path("articleBody").asText(""),
                    URI.create(e.getValue().path("url").asText("http://localhost/"))));
        }
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return out;
    }

    public static byte[] page(Path dataset, String id) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dataset.resolve("html").resolve(id + ".html.gz")))) {
            return in.readAllBytes();
        }
    }

    /** Extracts and scores every page; {@code passes} > 1 repeats the timing on a warm JVM. */
    public ExtractionReport run(Path dataset, int passes) throws IOException {
        List<Truth> truths = truths(dataset);
        List<byte[]> pages = new ArrayList<>();
        for (Truth t : truths) {
            pages.add(page(dataset, t.id()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<ExtractionReport.PageScore> scores = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (int pass = 0; pass < passes; pass++) {
            long cpu = threads.getCurrentThreadCpuTime();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < truths.size(); i++) {
                texts.add(extractText(new WebPage(truths.get(i).url(), pages.get(i), "")));
            }
            rates.add(truths.size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9));
            if (pass == 0) {
                for (int i = 0; i < truths.size(); i++) {
                    Truth t = truths.get(i);
                    scores.add(new ExtractionReport.PageScore(t.id(), t.url().toString(), ShingleMatch.of(t.body(), texts.get(i)),
                            texts.get(i)));
                }
            }
        }
        return new ExtractionReport(scores, rates);
    }

    /**
     * Scores another extractor's output the same way: JSON lines {@code {"id", "text"}}, and one line
     * {@code {"pagesPerSecond": [...]}} with its timed passes, if it timed them.
     */
    public static ExtractionReport baseline(Path dataset, Path file) throws IOException {
        Map<String, String> texts = new HashMap<>();
        List<Double> rates = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = JSON.readTree(line);
            if (o.has("id")) {
                texts.put(o.get("id").asText(), o.path("text").asText(""));
            }
            o.path("pagesPerSecond").forEach(r -> rates.add(r.asDouble()));
        }
        List<ExtractionReport.PageScore> scores = new ArrayList<>();
        for (Truth t : truths(dataset)) {
            String text = texts.getOrDefault(t.id(), "");
            scores.add(new ExtractionReport.PageScore(t.id(), t.url().toString(), ShingleMatch.of(t.body(), text), text));
        }
        return new ExtractionReport(scores, rates);
    }

    private String extractText(WebPage page) {
        try {
            return extractor.extract(page).article().text();
        } catch (ExtractionException e) {
            return ""; // scored as an empty extraction, as the benchmark does
        }
    }
}
