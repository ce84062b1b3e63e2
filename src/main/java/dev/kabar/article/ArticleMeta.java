package dev.kabar.article;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What is known about an article besides its text. Unknown strings are empty, an unknown date is
 * {@code null} (news text often gives none).
 *
 * @param id stable article id: the file name without {@code .txt}, or the JSONL {@code id}
 * @param title headline (first non-empty line of a text file)
 * @param outlet publishing outlet, e.g. {@code Reuters}, {@code IDN Times}; empty when unknown
 * @param byline author names as printed; empty when unknown
 * @param published publication date, or {@code null} when the text gives none
 * @param url source address; empty when unknown
 * @param language ISO 639-1 code of the article text, {@code id} unless stated
 */
public record ArticleMeta(
        String id, String title, String outlet, String byline, LocalDate published, String url, String language) {

    /**
     * Where an instant becomes a publication day, and "hari ini" a date: the news kabar ships with is
     * dated in Western Indonesian time.
     */
    public static final ZoneId NEWS_ZONE = ZoneId.of("Asia/Jakarta");

    public ArticleMeta {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        title = Objects.requireNonNullElse(title, "");
        outlet = Objects.requireNonNullElse(outlet, "");
        byline = Objects.requireNonNullElse(byline, "");
        url = Objects.requireNonNullElse(url, "");
        language = language == null || language.isBlank() ? "id" : language;
    }

    /** A minimal record for tests and sources that only know id and title. */
    public static ArticleMeta of(String id, String title) {
        return new ArticleMeta(id, title, "", "", null, "", "id");
    }

    /** This record with {@code day} as its publication date. */
    public ArticleMeta publishedOn(LocalDate day) {
        return new ArticleMeta(id, title, outlet, byline, day, url, language);
    }

    /** The publication date as {@code yyyy-MM-dd}, or empty. */
    public String publishedIso() {
        return published == null ? "" : published.toString();
    }
}
