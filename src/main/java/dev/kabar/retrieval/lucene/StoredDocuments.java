package dev.kabar.retrieval.lucene;

import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * Reads kabar's records back from stored documents (the inverse of {@link ArticleDocuments}): a
 * Lucene {@link Document}, or a remote engine's stored fields ({@link RemoteDocuments}).
 */
final class StoredDocuments {

    /** A stored document's values by field name; null when the field is absent. */
    interface Values {
        String text(String field);

        Number number(String field);
    }

    private StoredDocuments() {}

    static Values of(Document doc) {
        return new Values() {
            @Override
            public String text(String field) {
                return doc.get(field);
            }

            @Override
            public Number number(String field) {
                IndexableField f = doc.getField(field);
                return f == null ? null : f.numericValue();
            }
        };
    }

    static ArticleMeta meta(Document doc) {
        return meta(of(doc));
    }

    static Passage passage(Document doc) {
        return passage(of(doc));
    }

    static ArticleMeta meta(Values doc) {
        return new ArticleMeta(
                doc.text(Fields.ARTICLE_ID),
                doc.text(Fields.META_TITLE),
                doc.text(Fields.META_OUTLET),
                doc.text(Fields.META_BYLINE),
                date(doc.text(Fields.META_PUBLISHED)),
                doc.text(Fields.META_URL),
                doc.text(Fields.META_LANGUAGE));
    }

    static Passage passage(Values doc) {
        return new Passage(
                doc.text(Fields.ID),
                doc.text(Fields.ARTICLE_ID),
                integer(doc, Fields.ORDINAL),
                Objects.requireNonNullElse(doc.text(Fields.TEXT), ""),
                integer(doc, Fields.START),
                integer(doc, Fields.END));
    }

    /** The article's text: stored when its passages do not rebuild it, else rebuilt from {@code passages}. */
    static String articleText(Document doc, List<Passage> passages) {
        return articleText(of(doc), passages);
    }

    static String articleText(Values doc, List<Passage> passages) {
        String stored = doc.text(Fields.ARTICLE_TEXT);
        return stored != null ? stored : Objects.requireNonNullElse(ArticleText.rebuild(passages), "");
    }

    static int passageCount(Document doc) {
        return integer(of(doc), Fields.PASSAGE_COUNT);
    }

    static int integer(Values doc, String field) {
        Number n = doc.number(field);
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
