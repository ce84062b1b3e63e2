package dev.kabar.bench;

import dev.kabar.article.Article;
import dev.kabar.article.Passage;
import dev.kabar.retrieval.ArticleStore;
import dev.kabar.retrieval.ArticleSummary;
import dev.kabar.text.StopWords;
import dev.kabar.text.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Question-like queries drawn from the corpus itself, so a benchmark works on any collection:
 * a question word and five to eight content words of a random passage, in a fixed random order.
 */
final class BenchQuestions {

    private static final String[] OPENERS = {"Apa", "Siapa", "Kapan", "Mengapa", "Bagaimana", "Berapa", "Di mana"};

    private BenchQuestions() {}

    static List<String> sample(ArticleStore store, int count, long seed) {
        List<ArticleSummary> articles = store.articles();
        List<String> out = new ArrayList<>(count);
        if (articles.isEmpty()) {
            return out;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int attempts = 0;
        while (out.size() < count && attempts++ < count * 20) {
            ArticleSummary s = articles.get(random.nextInt(articles.size()));
            Optional<Article> article = store.article(s.meta().id());
            if (article.isEmpty() || article.get().passages().isEmpty()) {
                continue;
            }
            List<Passage> passages = article.get().passages();
            String text = passages.get(random.nextInt(passages.size())).text();
            List<String> content = Terms.tokens(text).stream().filter(t -> t.length() > 2 && !StopWords.contains(t))
                    .toList();
            if (content.size() < 5) {
                continue;
            }
            int n = 5 + random.nextInt(4);
            int from = random.nextInt(Math.max(1, content.size() - n));
            StringBuilder q = new StringBuilder(OPENERS[random.nextInt(OPENERS.length)]);
            for (String word : content.subList(from, Math.min(content.size(), from + n))) {
                q.append(' ').append(word);
            }
            out.add(q.append('?').toString());
        }
        return out;
    }
}
