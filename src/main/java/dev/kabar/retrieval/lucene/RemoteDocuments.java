package dev.kabar.retrieval.lucene;

import dev.kabar.article.Article;
import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * kabar's documents for a remote engine (a SolrCloud collection), as plain field-to-values maps:
 * the same fields the embedded index holds ({@link ArticleDocuments}), with every analysed field
 * already analysed here — its terms joined by spaces, a dropped stop word left as {@link #GAP} — so
 * the engine only splits on whitespace and drops {@link #GAP}, and holds exactly the terms, positions
 * and lengths this analyser gives, whatever Lucene version it runs. The passage text itself is stored
 * under {@link #STORED_TEXT}, its term count under {@link #TEXT_LENGTH} (the collection's total, with
 * the count of passages, gives the average length the ranking needs).
 */
public final class RemoteDocuments {

    /** Stands for a position the analyser left empty (a dropped stop word); never a term. */
    public static final String GAP = "\u2042";

    /** The searchable fields, each holding analysed terms separated by spaces. */
    public static final List<String> ANALYSED = List.of(Fields.TEXT, Fields.EXACT, Fields.TITLE, Fields.HEAD);

    /** The field of {@link #ANALYSED} with positions, searched for phrases. */
    public static final String TEXT = Fields.TEXT;

    /** A passage's text as it reads (the {@link #TEXT} field holds its terms). */
    public static final String STORED_TEXT = "stored_text";

    /** How many terms a passage's {@link #TEXT} holds. */
    public static final String TEXT_LENGTH = "text_len";

    /** Every document's unique id: a passage's {@code articleId#ordinal}, an article's id. */
    public static final String ID = Fields.ID;

    /** The owning article's id, on every document: what an article's documents are routed and replaced by. */
    public static final String ARTICLE_ID = Fields.ARTICLE_ID;

    /** {@link #PASSAGE} or {@link #ARTICLE}. */
    public static final String TYPE = Fields.TYPE;

    public static final String PASSAGE = Fields.PASSAGE;
    public static final String ARTICLE = Fields.ARTICLE;

    /** Filter fields: outlet keys, author keys, publication day number and {@code MM-dd}. */
    public static final String OUTLET = Fields.OUTLET;

    public static final String AUTHOR = Fields.AUTHOR;
    public static final String PUBLISHED_DAY = Fields.PUBLISHED_DAY;
    public static final String PUBLISHED_MONTH_DAY = Fields.PUBLISHED_MONTH_DAY;
    public static final String ORDINAL = Fields.ORDINAL;

    private final Analyzer analyzer;

    /** A publication day as {@link #PUBLISHED_MONTH_DAY} holds it ({@code MM-dd}). */
    public static String monthDay(MonthDay day) {
        return ArticleDocuments.monthDay(day);
    }

    public RemoteDocuments(IndexStemmer stemmer) {
        this.analyzer = Analyzers.perField(stemmer);
    }

    /** The article's documents — the article's, then one per passage — as field → values. */
    public List<Map<String, List<Object>>> of(Article article) {
        List<Map<String, List<Object>>> out = new ArrayList<>();
        for (Document doc : ArticleDocuments.of(article, analyzer)) {
            out.add(fields(doc));
        }
        return out;
    }

    private Map<String, List<Object>> fields(Document doc) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (IndexableField f : doc.getFields()) {
            String name = f.name();
            if (f instanceof LongPoint || f instanceof NumericDocValuesField) {
                out.putIfAbsent(name, List.of(f.numericValue().longValue()));
            } else if (f.fieldType().indexOptions() != IndexOptions.NONE && f.fieldType().tokenized()) {
                Terms terms = terms(f);
                if (terms.count() > 0) {
                    add(out, name, terms.joined());
                }
                if (f.fieldType().stored()) {
                    add(out, STORED_TEXT, f.stringValue());
                    add(out, TEXT_LENGTH, terms.count());
                }
            } else if (f.numericValue() != null) {
                add(out, name, f.numericValue());
            } else if (f.stringValue() != null) {
                add(out, name, f.stringValue());
            }
        }
        return out;
    }

    private static void add(Map<String, List<Object>> out, String name, Object value) {
        out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private record Terms(String joined, int count) {}

    private Terms terms(IndexableField f) {
        StringBuilder joined = new StringBuilder();
        int count = 0;
        try (TokenStream ts = f.tokenStream(analyzer, null)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                for (int gap = 1; gap < inc.getPositionIncrement(); gap++) {
                    joined.append(GAP).append(' ');
                }
                joined.append(term).append(' ');
                count++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a string in memory", e); // a String or replayed terms: no I/O
        }
        return new Terms(joined.toString().strip(), count);
    }

    /** A hit's passage, from its stored values. */
    public static Passage passage(Function<String, Object> values) {
        return StoredDocuments.passage(values(values));
    }

    public static ArticleMeta meta(Function<String, Object> values) {
        return StoredDocuments.meta(values(values));
    }

    /** An article document's text, stored or rebuilt from its {@code passages}. */
    public static String articleText(Function<String, Object> values, List<Passage> passages) {
        return StoredDocuments.articleText(values(values), passages);
    }

    public static int passageCount(Function<String, Object> values) {
        return StoredDocuments.integer(values(values), Fields.PASSAGE_COUNT);
    }

    private static StoredDocuments.Values values(Function<String, Object> values) {
        return new StoredDocuments.Values() {
            @Override
            public String text(String field) {
                Object v = first(values.apply(Fields.TEXT.equals(field) ? STORED_TEXT : field));
                return v == null ? null : v.toString();
            }

            @Override
            public Number number(String field) {
                return first(values.apply(field)) instanceof Number n ? n : null;
            }
        };
    }

    private static Object first(Object value) {
        return value instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : value;
    }
}
