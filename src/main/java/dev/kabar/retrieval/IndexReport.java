package dev.kabar.retrieval;

import java.util.List;

/**
 * What opening the library did to the index.
 *
 * @param rebuilt whether the corpus was (re)ingested and indexed, or a current index reused
 * @param rejected one line per rejected file or JSONL line: {@code source: reason}
 */
public record IndexReport(boolean rebuilt, int articles, int passages, int removedLines, List<String> rejected,
        long millis) {

    public IndexReport {
        rejected = List.copyOf(rejected);
    }

    /** An index reused as it was: nothing ingested, nothing rejected. */
    public static IndexReport upToDate(int articles, int passages) {
        return new IndexReport(false, articles, passages, 0, List.of(), 0);
    }

    public String summary() {
        return articles + " articles, " + passages + " passages, " + removedLines + " furniture lines removed, "
                + rejected.size() + " rejected" + (rebuilt ? ", indexed in " + millis + " ms" : " (index up to date)");
    }
}
