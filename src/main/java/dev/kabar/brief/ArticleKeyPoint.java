package dev.kabar.brief;

import dev.kabar.article.Article;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.AliasTable;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first key point a briefing on one article alone would give: its most salient whole sentence
 * that stands on its own, with no dateline left at its start — the same {@link Sentences},
 * {@link Salience} and {@link KeyPoints} a briefing uses. For digests, which list one point per
 * new article.
 *
 * @param text the sentence, verbatim in its passage
 * @param passage the passage that holds it, to cite
 */
public record ArticleKeyPoint(String text, Passage passage) {

    /**
     * No aliases: they only decide which sentences of different articles state the same fact, and
     * one article's best sentence ranks first whatever they say.
     */
    private static final Vocabulary VOCABULARY = new Vocabulary(AliasTable.empty());

    /** Empty when no sentence of the article qualifies (headings, captions, sentences leaning on the one before). */
    public static Optional<ArticleKeyPoint> of(Article article) {
        List<SourceSentence> sentences = Sentences.of(article.passages().stream()
                .map(p -> new Sentences.Source(p, article.meta(), 1.0)).toList(), VOCABULARY);
        return KeyPoints.pick(sentences, new Salience(sentences, Set.of())).stream().findFirst()
                .map(c -> new ArticleKeyPoint(c.lead().text(), c.lead().passage()));
    }
}
