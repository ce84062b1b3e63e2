package dev.kabar.retrieval.lucene;

import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;

/** Reads kabar's records back from stored Lucene documents (the inverse of {@link ArticleDocuments}). */
final class StoredDocuments {

    private StoredDocuments() {}

    static ArticleMeta meta(Document doc) {
        return new ArticleMeta(
                doc.get(Fields.ARTICLE_ID),
                doc.get(Fields.META_TITLE),
                doc.get(Fields.META_OUTLET),
                doc.get(Fields.META_BYLINE),
                date(doc.get(Fields.META_PUBLISHED)),
                doc.get(Fields.META_URL),
                doc.get(Fields.META_LANGUAGE));
    }

    static Passage passage(Document doc) {
        return new Passage(
                doc.get(Fields.ID),
                doc.get(Fields.ARTICLE_ID),
                integer(doc, Fields.ORDINAL),
                Objects.requireNonNullElse(doc.get(Fields.TEXT), ""),
                integer(doc, Fields.START),
                integer(doc, Fields.END));
    }

    /** The article's text: stored when its passages do not rebuild it, else rebuilt from {@code passages}. */
    static String articleText(Document doc, List<Passage> passages) {
        String stored = doc.get(Fields.ARTICLE_TEXT);
        return stored != null ? stored : Objects.requireNonNullElse(ArticleText.rebuild(passages), "");
    }

    static int passageCount(Document doc) {
        return integer(doc, Fields.PASSAGE_COUNT);
    }

    private static int integer(Document doc, String field) {
        Number n = doc.getField(field) == null ? null : doc.getField(field).numericValue();
        return n == null ? 0 : n.intValue();
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null; // written by ArticleDocuments from a LocalDate, so only a foreign index gets here
        }
    }
}
