package dev.kabar.answer.extractive;

import dev.kabar.answer.Answer;
import dev.kabar.answer.Citation;
import dev.kabar.answer.DeclineReason;
import dev.kabar.answer.decline.Declines;
import dev.kabar.article.ArticleMeta;
import dev.kabar.retrieval.Hit;
import dev.kabar.text.AuthorNames;
import dev.kabar.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers "Who wrote the … report?" from the articles' bylines, read at ingestion: one sentence per
 * article, cited to the article's first passage given. The quote is empty — the byline is the
 * article's metadata, not a sentence of the passage.
 */
public final class BylineAnswer {

    /** At most this many articles are named in one answer. */
    static final int MAX_ARTICLES = 3;

    private BylineAnswer() {}

    /**
     * @param articles one passage per article the question is about, best first (its first passage
     *     where known)
     */
    public static Answer of(List<Hit> articles, Language language) {
        Map<String, Hit> byArticle = new LinkedHashMap<>();
        articles.forEach(h -> byArticle.putIfAbsent(h.article().id(), h));
        if (byArticle.isEmpty()) {
            return Declines.of(language, new DeclineReason.NoPassages());
        }
        List<String> sentences = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<String> shortAnswers = new ArrayList<>();
        for (Hit h : byArticle.values()) {
            List<String> authors = AuthorNames.of(h.article().byline());
            if (authors.isEmpty() || citations.size() == MAX_ARTICLES) {
                continue;
            }
            int n = citations.size() + 1;
            citations.add(new Citation(n, h.passage(), h.article(), ""));
            String names = AuthorNames.joined(authors, language == Language.EN ? "and" : "dan");
            sentences.add(sentence(h.article(), names, language) + " [" + n + "].");
            shortAnswers.add(names);
        }
        if (citations.isEmpty()) {
            return Declines.of(language, new DeclineReason.NoAuthor());
        }
        return new Answer.Grounded(String.join(" ", sentences), citations, String.join("; ", shortAnswers));
    }

    private static String sentence(ArticleMeta article, String names, Language language) {
        boolean en = language == Language.EN;
        if (article.outlet().isBlank()) {
            return (en ? "The article was written by " : "Artikel itu ditulis oleh ") + names;
        }
        return en ? "The " + article.outlet() + " report was written by " + names
                : "Laporan " + article.outlet() + " ditulis oleh " + names;
    }
}
