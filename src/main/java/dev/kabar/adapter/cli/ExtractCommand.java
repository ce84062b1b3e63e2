package dev.kabar.adapter.cli;

import dev.kabar.ingestion.extract.AddressPolicy;
import dev.kabar.ingestion.extract.ArticleExtractor;
import dev.kabar.ingestion.extract.ArticleReader;
import dev.kabar.ingestion.extract.ExtractedArticle;
import dev.kabar.ingestion.extract.ExtractionException;
import dev.kabar.ingestion.extract.HttpPageFetcher;
import dev.kabar.ingestion.extract.JsoupArticleExtractor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kabar extract}: the article in saved pages or at URLs, as a summary or one JSON line per
 * source; with {@code --eval}, the extractor's score and speed on an article-extraction benchmark.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read the article in web pages (.html / .html.gz files or http(s) URLs): title, text, byline, "
                + "date, outlet, language.")
public final class ExtractCommand implements Callable<Integer> {

    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(20);

    private final Supplier<ArticleExtractor> extractors;
    private final Supplier<HttpPageFetcher> fetchers;
    private final KabarCli.Io io;

    @Option(names = "--json", description = "One JSON line per source.")
    boolean json;

    @Option(names = "--eval", paramLabel = "DIR",
            description = "Score the extractor on a benchmark folder (html/*.html.gz and ground-truth.json) instead.")
    Path eval;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "With --eval: also score another extractor's output (JSON lines {\"id\", \"text\"}).")
    Path baseline;

    @Option(names = "--passes", defaultValue = "3", description = "With --eval: timed passes (1-20, default 3).")
    int passes;

    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "A .html or .html.gz file, or an http(s) URL.")
    List<String> sources = List.of();

    /**
     * @param extractors makes the extractor (page rules and furniture rules loaded on first use)
     * @param policy which addresses URLs may reach
     */
    public ExtractCommand(Supplier<ArticleExtractor> extractors, AddressPolicy policy, KabarCli.Io io) {
        this(extractors, () -> new HttpPageFetcher(policy, FETCH_TIMEOUT, JsoupArticleExtractor.MAX_PAGE_BYTES), io);
    }

    /** @param fetchers makes the one safe fetcher, as the composition root configures it */
    public ExtractCommand(Supplier<ArticleExtractor> extractors, Supplier<HttpPageFetcher> fetchers, KabarCli.Io io) {
        this.extractors = extractors;
        this.fetchers = fetchers;
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (eval != null) {
            return new ExtractEvalRun(io).run(extractors.get(), eval, baseline, passes);
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("name at least one SOURCE: a .html or .html.gz file, or an http(s) URL");
        }
        int failed = 0;
        try (HttpPageFetcher fetcher = fetchers.get()) {
            ArticleReader reader = new ArticleReader(extractors.get(), fetcher);
            for (String source : sources) {
                failed += readOne(reader, source) ? 0 : 1;
            }
        }
        io.out().flush();
        return failed == 0 ? KabarCli.OK : KabarCli.RUNTIME;
    }

    private boolean readOne(ArticleReader reader, String source) {
        try {
            ExtractedArticle article = reader.read(source);
            if (article.isEmpty()) {
                throw new ExtractionException("no article text found in the page — is it an article page?");
            }
            if (json) {
                io.out().println(ExtractJson.article(source, article));
            } else {
                ExtractJson.summary(io.out(), source, article);
            }
            io.out().flush();
            return true;
        } catch (ExtractionException e) {
            if (json) {
                io.out().println(ExtractJson.error(source, e.getMessage()));
                io.out().flush();
            }
            io.err().println("kabar: " + source + ": " + e.getMessage());
            io.err().flush();
            return false;
        }
    }
}
