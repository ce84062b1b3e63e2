package dev.kabar.app;

import dev.kabar.ingestion.ArticleCleaner;
import dev.kabar.ingestion.FurnitureRules;
import dev.kabar.ingestion.extract.AddressPolicy;
import dev.kabar.ingestion.extract.ArticleExtractor;
import dev.kabar.ingestion.extract.FurnitureCleanedExtractor;
import dev.kabar.ingestion.extract.JsoupArticleExtractor;
import dev.kabar.ingestion.extract.PageRules;
import java.util.Map;

/**
 * Wires article extraction: the jsoup extractor, then the furniture rules the configuration names
 * ({@code ingestion.furniture}); and which addresses fetches may reach
 * ({@code KABAR_FETCH_ALLOW_PRIVATE=true} lets them reach private ones).
 */
final class ExtractionSetup {

    private ExtractionSetup() {}

    static ArticleExtractor extractor(ConfigSource config) {
        ArticleCleaner cleaner = new ArticleCleaner(FurnitureRules.load(config.read(null).furniture()));
        return new FurnitureCleanedExtractor(new JsoupArticleExtractor(PageRules.defaults()), cleaner);
    }

    static AddressPolicy addressPolicy(Map<String, String> env) {
        return new AddressPolicy("true".equalsIgnoreCase(env.getOrDefault("KABAR_FETCH_ALLOW_PRIVATE", "").strip()));
    }
}
