package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.SourceFilter;
import dev.kabar.text.AuthorNames;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Turns an {@link Article} into its Lucene documents: the article itself, then one per passage. */
final class ArticleDocuments {

    /** Analysed and counted but without positions: only term queries run on EXACT (saves indexing time). */
    private static final FieldType EXACT_TYPE = exactType();

    /** The headline, pre-analysed (see {@link TitleTokens}); only term queries run on TITLE, so no positions. */
    private static final FieldType TITLE_TYPE = exactType();

    /** How many analysed headline terms go into {@link Fields#HEAD}. */
    static final int HEAD_TERMS = 3;

    private ArticleDocuments() {}

    private static FieldType exactType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    /** @param analyzer the index writer's: the headline's {@link Fields#TITLE} terms are analysed as the text is */
    static List<Document> of(Article article, Analyzer analyzer) {
        List<Document> docs = new ArrayList<>(article.passages().size() + 1);
        docs.add(articleDocument(article));
        TitleTokens title = article.passages().isEmpty() ? null
                : TitleTokens.analyse(analyzer, article.meta().title());
        for (Passage p : article.passages()) {
            docs.add(passageDocument(p, article.meta(), title));
        }
        return docs;
    }

    private static Document articleDocument(Article article) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.ARTICLE, Store.NO));
        doc.add(new StringField(Fields.ID, article.id(), Store.YES));
        doc.add(new StringField(Fields.ARTICLE_ID, article.id(), Store.YES));
        addMeta(doc, article.meta());
        addEmptySearchFields(doc);
        if (!ArticleText.rebuilds(article.text(), article.passages())) {
            doc.add(new StoredField(Fields.ARTICLE_TEXT, article.text())); // else the passages hold it
        }
        doc.add(new StoredField(Fields.PASSAGE_COUNT, article.passages().size()));
        return doc;
    }

    private static Document passageDocument(Passage p, ArticleMeta meta, TitleTokens title) {
        Document doc = new Document();
        doc.add(new StringField(Fields.TYPE, Fields.PASSAGE, Store.NO));
        doc.add(new StringField(Fields.ID, p.id(), Store.YES));
        // the article's id, not p.articleId(): the update key must match the article document's
        doc.add(new StringField(Fields.ARTICLE_ID, meta.id(), Store.YES));
        doc.add(new StoredField(Fields.ORDINAL, p.ordinal()));
        doc.add(new StoredField(Fields.START, p.start()));
        doc.add(new StoredField(Fields.END, p.end()));
        doc.add(new TextField(Fields.TEXT, p.text(), Store.YES));
        doc.add(new Field(Fields.EXACT, p.text(), EXACT_TYPE));
        doc.add(new Field(Fields.TITLE, title.stream(), TITLE_TYPE));
        doc.add(new Field(Fields.HEAD, title.head(HEAD_TERMS), TITLE_TYPE));
        addMeta(doc, meta);
        return doc;
    }

    /**
     * Every searchable field, empty. An empty field adds no term and leaves the field's statistics
     * as they were (its document is not counted in {@code docCount}), but it gives the document a
     * norm: with every document holding one, Lucene stores the norms densely and a search reads a
     * passage's norm by its position instead of looking it up in a sparse list — the article
     * documents made every field sparse, and that look-up was the first stage's largest cost.
     */
    private static void addEmptySearchFields(Document doc) {
        doc.add(new TextField(Fields.TEXT, "", Store.NO));
        doc.add(new Field(Fields.EXACT, "", EXACT_TYPE));
        doc.add(new Field(Fields.TITLE, "", TITLE_TYPE));
        doc.add(new Field(Fields.HEAD, "", TITLE_TYPE));
    }

    private static void addMeta(Document doc, ArticleMeta meta) {
        doc.add(new StoredField(Fields.META_TITLE, meta.title()));
        doc.add(new StoredField(Fields.META_OUTLET, meta.outlet()));
        doc.add(new StoredField(Fields.META_BYLINE, meta.byline()));
        doc.add(new StoredField(Fields.META_PUBLISHED, meta.publishedIso()));
        doc.add(new StoredField(Fields.META_URL, meta.url()));
        doc.add(new StoredField(Fields.META_LANGUAGE, meta.language()));
        addSourceFields(doc, meta);
    }

    /** Outlet, authors and date, indexed for filtering (see {@link Fields#OUTLET}). */
    private static void addSourceFields(Document doc, ArticleMeta meta) {
        for (String key : SourceFilter.outletKeys(meta)) {
            doc.add(new StringField(Fields.OUTLET, key, Store.NO));
        }
        for (String author : AuthorNames.of(meta.byline())) {
            doc.add(new StringField(Fields.AUTHOR, AuthorNames.key(author), Store.NO));
        }
        if (meta.published() != null) {
            long day = meta.published().toEpochDay();
            doc.add(new LongPoint(Fields.PUBLISHED_DAY, day));
            doc.add(new NumericDocValuesField(Fields.PUBLISHED_DAY, day));
            doc.add(new StringField(Fields.PUBLISHED_MONTH_DAY, monthDay(MonthDay.from(meta.published())), Store.NO));
        }
    }

    /** {@code MM-dd}, as {@link Fields#PUBLISHED_MONTH_DAY} holds it. */
    static String monthDay(MonthDay day) {
        return String.format(Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
