package dev.kabar.ingestion;

import dev.kabar.article.ArticleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plain-text article: headline on the first non-empty line, id from the file name. */
final class TextFileSource {

    private final ArticleCleaner cleaner;

    TextFileSource(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    void read(Path file, ArticleIntake intake) {
        String name = file.getFileName().toString();
        intake.tally().fileRead();
        try {
            String raw = StrictUtf8.decode(Files.readAllBytes(file));
            if (raw.isBlank()) {
                throw new Unreadable("empty file — nothing to index");
            }
            CleanedText cleaned = cleaner.cleanWithTitleLine(raw);
            String id = name.substring(0, name.length() - ".txt".length());
            if (id.isBlank()) {
                throw new Unreadable("the file name gives an empty article id — rename the file");
            }
            ArticleMeta meta = new ArticleMeta(
                    id, TitleFallback.choose(cleaned.title(), cleaned.body()), cleaned.outlet(), cleaned.byline(), cleaned.published(), "", "id");
            intake.accept(name, meta, cleaned);
        } catch (Unreadable e) {
            intake.tally().reject(name, e.getMessage());
        } catch (IOException e) {
            intake.tally().reject(name, "cannot read: " + e + " — check permissions");
        }
    }
}
