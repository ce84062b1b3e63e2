package dev.kabar.eval;

import dev.kabar.chat.Library;
import dev.kabar.retrieval.Hit;
import dev.kabar.retrieval.PassageRetriever;
import java.util.List;
import java.util.Objects;

/**
 * The yardstick: plain BM25 ({@link Library#baseline()}) and, as the answer, the sentence of the top
 * passage sharing the most distinct question content words (folded; the first such sentence on a
 * tie), citing that passage. It never declines and offers no short answer.
 */
public final class Bm25Baseline implements QaSystem {

    private final PassageRetriever bm25;

    public Bm25Baseline(Library library) {
        this.bm25 = Objects.requireNonNull(library, "library").baseline();
    }

    @Override
    public String name() {
        return "bm25";
    }

    @Override
    public List<String> rank(String question) {
        return bm25.search(question, 10).stream().map(h -> h.article().id()).toList();
    }

    @Override
    public Reply answer(String question) {
        List<Hit> hits = bm25.search(question, 1);
        if (hits.isEmpty()) {
            return new Reply(false, "", "", List.of(), ""); // nothing retrieved: an empty answer, not a decline
        }
        Hit top = hits.getFirst();
        return new Reply(false, BestSentence.of(question, top.passage().text()) + " [1]", "",
                List.of(top.article().id()), "");
    }
}
