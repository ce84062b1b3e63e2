package dev.kabar.app;

import dev.kabar.ingestion.ArticleCleaner;
import dev.kabar.ingestion.FurnitureRules;
import dev.kabar.ingestion.extract.AddressPolicy;
import dev.kabar.ingestion.extract.ArticleExtractor;
import dev.kabar.ingestion.extract.FurnitureCleanedExtractor;
import dev.kabar.ingestion.extract.JsoupArticleExtractor;
import dev.kabar.ingestion.extract.PageRules;
import dev.kabar.ingestion.extract.HttpPageFetcher;
import dev.kabar.ingestion.extract.FetchProxy;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;

/**
 * Wires article extraction: the jsoup extractor, then the furniture rules the configuration names
 * ({@code ingestion.furniture}); and which addresses fetches may reach
 * ({@code fetch.allow-private=true} lets them reach private ones).
 */
final class ExtractionSetup {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(20);

    private ExtractionSetup() {}

    static ArticleExtractor extractor(ConfigSource config) {
        return extractor(config.read(null).furniture());
    }

    static ArticleExtractor extractor(Path furniture) {
        ArticleCleaner cleaner = new ArticleCleaner(FurnitureRules.load(furniture));
        return new FurnitureCleanedExtractor(new JsoupArticleExtractor(PageRules.defaults()), cleaner);
    }

    /** {@code fetch.allow-private} ({@code KABAR_FETCH_ALLOW_PRIVATE}), read once with the rest of the configuration. */
    static AddressPolicy addressPolicy(ConfigSource config) {
        return new AddressPolicy(config.read(null).fetchAllowPrivate());
    }

    /**
     * The one fetcher every fetch goes through: the API's, the bot's and the command line's, with the
     * standard proxy settings ({@code https.proxyHost}, {@code HTTPS_PROXY}, ...).
     */
    static HttpPageFetcher fetcher(AddressPolicy policy, Map<String, String> env) {
        return new HttpPageFetcher(policy, CONNECT_TIMEOUT, FETCH_TIMEOUT, JsoupArticleExtractor.MAX_PAGE_BYTES,
                FetchProxy.from(System.getProperties(), env));
    }
}
