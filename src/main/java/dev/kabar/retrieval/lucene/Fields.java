package dev.kabar.retrieval.lucene;

/**
 * Field names of the index. Two kinds of document share it: one per passage (what searches
 * return) and one per article (what {@link dev.kabar.retrieval.ArticleStore} reads). Article
 * documents hold the analysed fields only empty (for dense norms, see {@link ArticleDocuments}),
 * so a search over {@link #TEXT}, {@link #EXACT}, {@link #TITLE} or {@link #HEAD} can only ever
 * match passages and needs no type filter.
 *
 * <p>Lucene requires a field name to be indexed the same way in every document, so stored-only
 * metadata ({@code meta_*}) has names separate from the searchable fields.
 */
final class Fields {

    private Fields() {}

    /** {@value #PASSAGE} or {@value #ARTICLE}: indexed as a keyword to look documents up by kind. */
    static final String TYPE = "type";

    static final String PASSAGE = "passage";
    static final String ARTICLE = "article";

    /**
     * Passage id ({@code articleId#ordinal}) or article id: keyword, stored, for look-ups by id. Not
     * the update key: see {@link #ARTICLE_ID}.
     */
    static final String ID = "id";

    /**
     * Owning article, on both kinds: keyword, stored. The update key — re-indexing an article
     * replaces its article document and all its passages in one {@code updateDocuments} call, so
     * an article cut into fewer passages than before leaves no stale ones behind.
     */
    static final String ARTICLE_ID = "articleId";

    /** 1-based passage position: stored only, to rebuild the {@code Passage} record. */
    static final String ORDINAL = "ordinal";

    /** Passage offsets in the article's cleaned text: stored only, for highlighting and quotes. */
    static final String START = "start";

    static final String END = "end";

    /**
     * Passage text analysed as Lucene's {@code IndonesianAnalyzer} does, with the index's
     * {@link IndexStemmer} (stop words removed, affixes stemmed: {@code perjanjiannya} finds
     * {@code perjanjian}), with positions for phrase queries.
     * Also stored: the one stored copy of the passage text.
     */
    static final String TEXT = "text";

    /**
     * The same passage text, unstemmed and with most stop words kept (standard tokenizer, lower
     * case, accents folded; only the grammatical words of {@link ExactAnalyzer#GRAMMATICAL} dropped):
     * rewards a question that uses the passage's own word forms, and serves as a fallback for alias
     * variants the Indonesian stop list would erase. Frequencies but no positions (no phrase ever
     * runs here, so they would only cost indexing time and disk). Not stored.
     */
    static final String EXACT = "exact";

    /**
     * The article headline on every passage, analysed like {@link #TEXT}: a headline match is weak
     * evidence for every passage of the article, so queries give it a low boost. Not stored here.
     * Frequencies but no positions (only term queries run here); analysed once per article.
     */
    static final String TITLE = "title";

    /**
     * The first {@value ArticleDocuments#HEAD_TERMS} analysed words of the headline, on every
     * passage: what the article is about (a headline usually opens with its subject; for a dataset
     * paragraph without one, the headline is its first sentence). Indexed like {@link #TITLE},
     * queried per word with its own boost. Not stored.
     */
    static final String HEAD = "head";

    /**
     * The article's outlet as {@link dev.kabar.text.Outlets#key keys} ({@code idntimes} for "IDN
     * Times", {@code idntimes.com} and "IDN"; also the key of its web address's host), on both
     * kinds: keyword, not stored (the stored outlet is {@link #META_OUTLET}). A question naming its
     * source filters on it; never scored.
     */
    static final String OUTLET = "outlet";

    /**
     * Each author of the byline, lower case ({@link dev.kabar.text.AuthorNames#key}), on both kinds:
     * keyword, not stored, for filtering by author.
     */
    static final String AUTHOR = "author";

    /**
     * Publication date as a day number (days since 1970-01-01), on both kinds: a point for date
     * ranges and doc values for sorting by date; absent when the date is unknown.
     */
    static final String PUBLISHED_DAY = "published_day";

    /**
     * Publication month and day, {@code MM-dd}, on both kinds: keyword, for "berita tanggal 20 Juni"
     * without a year (every year's 20 June).
     */
    static final String PUBLISHED_MONTH_DAY = "published_md";

    /** Stored-only article metadata on both kinds, enough to build a {@code Hit} from one document. */
    static final String META_TITLE = "meta_title";

    static final String META_OUTLET = "meta_outlet";
    static final String META_BYLINE = "meta_byline";
    /** ISO {@code yyyy-MM-dd}, empty when unknown. */
    static final String META_PUBLISHED = "meta_published";

    static final String META_URL = "meta_url";
    static final String META_LANGUAGE = "meta_language";

    /**
     * Article document only: the whole cleaned text, stored so that the index is self-sufficient
     * (at a million passages the corpus is not re-read to show an article) — but only when the
     * passages do not rebuild it exactly ({@link ArticleText}); usually they do, and storing it
     * again would double the stored text.
     */
    static final String ARTICLE_TEXT = "article_text";

    /** Article document only: how many passages the article was cut into, stored. */
    static final String PASSAGE_COUNT = "passage_count";
}
