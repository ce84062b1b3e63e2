package dev.kabar.ingestion.extract;

import dev.kabar.ingestion.ArticleCleaner;
import dev.kabar.ingestion.FurnitureRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

/** The test pages beside these tests, and the extractor as {@code kabar extract} wires it. */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WebPage page(String name, String url) {
        return new WebPage(URI.create(url), bytes(name), "");
    }

    /** The jsoup extractor followed by the project's own furniture rules. */
    static ArticleExtractor extractor() {
        ArticleCleaner cleaner = new ArticleCleaner(FurnitureRules.load(Path.of("config/furniture.txt")));
        return new FurnitureCleanedExtractor(new JsoupArticleExtractor(PageRules.defaults()), cleaner);
    }
}
