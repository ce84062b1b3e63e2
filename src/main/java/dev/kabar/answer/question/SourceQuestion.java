package dev.kabar.answer.question;

import dev.kabar.retrieval.SourceFilter;
import java.util.Objects;

/**
 * What a question says about its sources: which articles it is about ("Menurut IDN Times, …",
 * "berita tanggal 20 Juni") and whether it asks who wrote them.
 *
 * @param content the question without the words naming its source, for retrieval and the
 *     composer's checks (a passage need not say "Reuters" to answer "What did Reuters report …")
 * @param filter the articles the question is about; {@link SourceFilter#NONE} when it names none
 * @param source the source as the reader named it, for a decline ("IDN Times", "20 Juni"); empty
 *     when none
 * @param asksAuthor whether the question asks who wrote the article(s)
 * @param recency whether it asks for the newest news, or a day's ("berita terbaru tentang …",
 *     "apa yang terjadi kemarin")
 */
public record SourceQuestion(String content, SourceFilter filter, String source, boolean asksAuthor,
        Recency recency) {

    /** What a question asks of the news's age. */
    public enum Recency {
        /** Nothing: the best passages, whatever their date. */
        NONE,
        /** The newest among the relevant passages: "terbaru", "latest". */
        NEWEST,
        /** The news of one day relative to today ("hari ini", "kemarin"); the filter holds the day. */
        DAY
    }

    public SourceQuestion {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recency, "recency");
    }

    /** A question about sources that asks nothing of the news's age. */
    public SourceQuestion(String content, SourceFilter filter, String source, boolean asksAuthor) {
        this(content, filter, source, asksAuthor, Recency.NONE);
    }

    /** A question that names no source: asked as it is. */
    public static SourceQuestion plain(String question) {
        return new SourceQuestion(question, SourceFilter.NONE, "", false);
    }

    /** Whether the question asks for the newest news or a day's. */
    public boolean asksRecent() {
        return recency != Recency.NONE;
    }

    /** Whether the question restricts the articles or asks for an author. */
    public boolean aboutSources() {
        return !filter.isNone() || asksAuthor;
    }
}
