package dev.kabar.brief;

import dev.kabar.article.ArticleMeta;
import dev.kabar.article.Passage;
import dev.kabar.text.SentenceSplitter;
import dev.kabar.text.Terms;
import dev.kabar.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts the briefing's passages into sentences, in article order; what is left of a dateline at the
 * start of an article is not part of its first sentence ({@link Dateline}).
 */
final class Sentences {

    /** A passage the briefing draws on, with its article and retrieval score. */
    record Source(Passage passage, ArticleMeta article, double score) {}

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private Sentences() {}

    static List<SourceSentence> of(List<Source> sources, Vocabulary vocabulary) {
        List<Source> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing((Source s) -> s.article().id()).thenComparingInt(s -> s.passage().ordinal()));
        Map<String, Integer> next = new HashMap<>();
        List<SourceSentence> out = new ArrayList<>();
        for (Source s : ordered) {
            boolean lead = s.passage().ordinal() == 1;
            for (String text : SPLITTER.sentences(s.passage().text())) {
                String t = lead ? Dateline.strip(text.strip()) : text.strip();
                lead = false;
                List<Token> tokens = Terms.scan(t);
                if (tokens.isEmpty()) {
                    continue;
                }
                int order = next.merge(s.article().id(), 1, Integer::sum) - 1;
                out.add(new SourceSentence(t, s.passage(), s.article(), order, s.score(), tokens, vocabulary.terms(tokens)));
            }
        }
        return out;
    }
}
