package dev.kabar.ingestion;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.WebLinks;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A JSONL file, one article per line, read as a stream so a large corpus never sits in memory.
 * A bad line is rejected as {@code file:line} and reading goes on; blank lines are skipped.
 */
final class JsonlFileSource {

    private static final int SNIFF_BYTES = 8192;

    private final JsonFactory json = new JsonFactory();
    private final ArticleCleaner cleaner;

    JsonlFileSource(ArticleCleaner cleaner) {
        this.cleaner = cleaner;
    }

    void read(Path file, ArticleIntake intake) {
        String name = file.getFileName().toString();
        intake.tally().fileRead();
        int lineNo = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF_BYTES)) {
            if (looksBinary(in)) {
                intake.tally().reject(name, "binary file (contains NUL bytes) — only UTF-8 JSONL is read");
                return;
            }
            ByteLines lines = new ByteLines(in);
            boolean any = false;
            for (byte[] line = lines.next(); line != null; line = lines.next()) {
                lineNo++;
                any |= readLine(name + ":" + lineNo, line, intake);
            }
            if (!any) {
                intake.tally().reject(name, "empty file — nothing to index");
            }
        } catch (IOException e) {
            intake.tally().reject(name, "cannot read after line " + lineNo + ": " + e + " — check the file");
        }
    }

    /** Reads one line; returns whether a line (non-blank or not) was read. */
    private boolean readLine(String source, byte[] bytes, ArticleIntake intake) {
        try {
            String text = StrictUtf8.decode(bytes);
            if (text.isBlank()) {
                return false;
            }
            JsonArticle entry;
            try (JsonParser parser = json.createParser(text)) {
                entry = JsonArticle.read(parser);
            }
            CleanedText cleaned = cleaner.cleanBody(entry.text(), entry.title());
            String title = TitleFallback.choose(cleaned.title(), cleaned.body());
            ArticleMeta meta = new ArticleMeta(
                    entry.id(),
                    title,
                    entry.outlet().isEmpty() ? cleaned.outlet() : entry.outlet(),
                    cleaned.byline(),
                    published(source, entry, cleaned, intake),
                    url(source, entry.url(), intake),
                    entry.language());
            intake.accept(source, meta, cleaned);
        } catch (Unreadable e) {
            intake.tally().reject(source, e.getMessage());
        } catch (JacksonException e) {
            intake.tally().reject(source, "not valid JSON: " + e.getOriginalMessage() + " — fix or remove the line");
        } catch (IOException e) {
            intake.tally().reject(source, "cannot parse: " + e.getMessage() + " — fix or remove the line");
        }
        return true;
    }

    /** Only an http(s) address is kept: any other scheme ({@code javascript:}, {@code data:}) must never become a link. */
    private static String url(String source, String url, ArticleIntake intake) {
        if (url.isEmpty() || WebLinks.isWebLink(url)) {
            return url;
        }
        intake.tally().warn(source, "url is not an http(s) address; article kept without it");
        return "";
    }

    /** The entry's ISO date; a bad one is a warning and the article is kept without a date. */
    private static LocalDate published(String source, JsonArticle entry, CleanedText cleaned, ArticleIntake intake) {
        if (entry.published().isEmpty()) {
            return cleaned.published();
        }
        try {
            String date = entry.published();
            return LocalDate.parse(date.length() > 10 && date.charAt(10) == 'T' ? date.substring(0, 10) : date);
        } catch (DateTimeException e) {
            intake.tally().warn(source, "published '" + entry.published()
                    + "' is not an ISO date (yyyy-MM-dd); article kept without a date");
            return null;
        }
    }

    private static boolean looksBinary(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
